"""Endpoints tagged `manufacturing_order_recipe_rows` (generated; do not edit)."""
