"""Endpoints tagged `webhook_logs` (generated; do not edit)."""
