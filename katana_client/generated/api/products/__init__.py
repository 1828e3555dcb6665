"""Endpoints tagged `products` (generated; do not edit)."""
