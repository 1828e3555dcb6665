"""Endpoints tagged `operators` (generated; do not edit)."""
