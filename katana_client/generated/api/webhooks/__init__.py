"""Endpoints tagged `webhooks` (generated; do not edit)."""
