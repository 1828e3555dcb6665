"""Endpoints tagged `sales_return_rows` (generated; do not edit)."""
