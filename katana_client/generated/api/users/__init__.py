"""Endpoints tagged `users` (generated; do not edit)."""
