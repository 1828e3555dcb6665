"""Endpoints tagged `services` (generated; do not edit)."""
