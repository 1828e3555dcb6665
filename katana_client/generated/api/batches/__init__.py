"""Endpoints tagged `batches` (generated; do not edit)."""
