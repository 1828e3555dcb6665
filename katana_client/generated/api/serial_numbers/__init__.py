"""Endpoints tagged `serial_numbers` (generated; do not edit)."""
