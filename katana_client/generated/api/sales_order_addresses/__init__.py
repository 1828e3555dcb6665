"""Endpoints tagged `sales_order_addresses` (generated; do not edit)."""
