"""Endpoints tagged `sales_order_accounting_metadata` (generated; do not edit)."""
