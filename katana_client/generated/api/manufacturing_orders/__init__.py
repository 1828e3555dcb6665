"""Endpoints tagged `manufacturing_orders` (generated; do not edit)."""
