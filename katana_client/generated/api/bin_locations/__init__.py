"""Endpoints tagged `bin_locations` (generated; do not edit)."""
