"""Endpoints tagged `factory` (generated; do not edit)."""
