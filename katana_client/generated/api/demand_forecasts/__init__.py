"""Endpoints tagged `demand_forecasts` (generated; do not edit)."""
