"""Endpoints tagged `recipes` (generated; do not edit)."""
