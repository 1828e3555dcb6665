"""Endpoints tagged `sales_orders` (generated; do not edit)."""
