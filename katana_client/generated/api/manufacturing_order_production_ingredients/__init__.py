"""Endpoints tagged `manufacturing_order_production_ingredients` (generated; do not edit)."""
