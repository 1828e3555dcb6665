"""Endpoints tagged `custom_fields_collections` (generated; do not edit)."""
