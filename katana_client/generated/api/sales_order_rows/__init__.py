"""Endpoints tagged `sales_order_rows` (generated; do not edit)."""
