"""Endpoints tagged `sales_order_shipping_fees` (generated; do not edit)."""
