"""Endpoints tagged `price_lists` (generated; do not edit)."""
