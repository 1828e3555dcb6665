"""Endpoints tagged `po_additional_cost_rows` (generated; do not edit)."""
