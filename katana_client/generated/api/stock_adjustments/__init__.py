"""Endpoints tagged `stock_adjustments` (generated; do not edit)."""
