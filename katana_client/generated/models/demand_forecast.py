"""DemandForecast: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class DemandForecast(Model):
    """DemandForecast

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("in_stock", "in_stock", "str"),
        ("location_id", "location_id", "int"),
        ("periods", "periods", "list[model:DemandForecastPeriod]"),
        ("variant_id", "variant_id", "int"),
    )
    in_stock: str | None = None
    location_id: int | None = None
    periods: list[DemandForecastPeriod] | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .demand_forecast_period import DemandForecastPeriod
