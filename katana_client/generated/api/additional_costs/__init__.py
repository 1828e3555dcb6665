"""Endpoints tagged `additional_costs` (generated; do not edit)."""
