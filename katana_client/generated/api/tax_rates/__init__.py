"""Endpoints tagged `tax_rates` (generated; do not edit)."""
