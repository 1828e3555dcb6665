"""Endpoints tagged `bin_inventory` (generated; do not edit)."""
