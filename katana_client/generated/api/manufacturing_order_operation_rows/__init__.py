"""Endpoints tagged `manufacturing_order_operation_rows` (generated; do not edit)."""
