"""Endpoints tagged `customers` (generated; do not edit)."""
