"""Endpoints tagged `sales_returns` (generated; do not edit)."""
