"""Endpoints tagged `recipe_rows` (generated; do not edit)."""
