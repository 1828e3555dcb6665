"""Endpoints tagged `outsourced_purchase_order_recipe_rows` (generated; do not edit)."""
