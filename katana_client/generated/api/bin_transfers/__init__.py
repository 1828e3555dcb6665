"""Endpoints tagged `bin_transfers` (generated; do not edit)."""
