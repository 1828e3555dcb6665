"""Endpoints tagged `price_list_customers` (generated; do not edit)."""
