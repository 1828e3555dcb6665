"""Endpoints tagged `purchase_order_accounting_metadata` (generated; do not edit)."""
