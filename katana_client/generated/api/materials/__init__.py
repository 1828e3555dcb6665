"""Endpoints tagged `materials` (generated; do not edit)."""
