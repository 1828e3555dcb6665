"""Endpoints tagged `variant_bin_locations` (generated; do not edit)."""
