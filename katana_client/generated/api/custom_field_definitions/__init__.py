"""Endpoints tagged `custom_field_definitions` (generated; do not edit)."""
