"""Endpoints tagged `stocktakes` (generated; do not edit)."""
