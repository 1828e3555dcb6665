"""Endpoints tagged `serial_numbers_stock` (generated; do not edit)."""
