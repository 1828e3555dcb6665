"""DemandForecastClearPeriod: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class DemandForecastClearPeriod(Model):
    """DemandForecastClearPeriod

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("period_end", "period_end", "str"),
        ("period_start", "period_start", "str"),
    )
    period_end: str
    period_start: str
