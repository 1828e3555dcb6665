"""Endpoints tagged `supplier_addresses` (generated; do not edit)."""
