"""Endpoints tagged `customer_addresses` (generated; do not edit)."""
