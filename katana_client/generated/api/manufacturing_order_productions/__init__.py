"""Endpoints tagged `manufacturing_order_productions` (generated; do not edit)."""
