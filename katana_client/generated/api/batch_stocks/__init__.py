"""Endpoints tagged `batch_stocks` (generated; do not edit)."""
