"""Endpoints tagged `sales_order_fulfillments` (generated; do not edit)."""
