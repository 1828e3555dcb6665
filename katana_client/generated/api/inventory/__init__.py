"""Endpoints tagged `inventory` (generated; do not edit)."""
