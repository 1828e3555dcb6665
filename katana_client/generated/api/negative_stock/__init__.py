"""Endpoints tagged `negative_stock` (generated; do not edit)."""
