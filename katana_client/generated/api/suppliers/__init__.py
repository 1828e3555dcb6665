"""Endpoints tagged `suppliers` (generated; do not edit)."""
