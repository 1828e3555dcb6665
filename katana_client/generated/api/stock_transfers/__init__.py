"""Endpoints tagged `stock_transfers` (generated; do not edit)."""
