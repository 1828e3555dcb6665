"""Endpoints tagged `stocktake_rows` (generated; do not edit)."""
