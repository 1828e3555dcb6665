"""Endpoints tagged `variants` (generated; do not edit)."""
