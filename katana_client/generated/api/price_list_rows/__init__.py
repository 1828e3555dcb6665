"""Endpoints tagged `price_list_rows` (generated; do not edit)."""
