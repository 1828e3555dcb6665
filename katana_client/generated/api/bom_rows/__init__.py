"""Endpoints tagged `bom_rows` (generated; do not edit)."""
