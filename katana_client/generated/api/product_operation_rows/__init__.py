"""Endpoints tagged `product_operation_rows` (generated; do not edit)."""
