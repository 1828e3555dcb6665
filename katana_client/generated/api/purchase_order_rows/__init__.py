"""Endpoints tagged `purchase_order_rows` (generated; do not edit)."""
