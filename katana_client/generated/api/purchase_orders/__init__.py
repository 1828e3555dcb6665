"""Endpoints tagged `purchase_orders` (generated; do not edit)."""
