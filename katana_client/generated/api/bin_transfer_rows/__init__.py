"""Endpoints tagged `bin_transfer_rows` (generated; do not edit)."""
