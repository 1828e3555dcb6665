"""Endpoints tagged `locations` (generated; do not edit)."""
