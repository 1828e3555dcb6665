"""DemandForecastPeriod: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class DemandForecastPeriod(Model):
    """DemandForecastPeriod

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("committed", "committed", "decimal"),
        ("expected", "expected", "str"),
        ("in_stock", "in_stock", "str"),
        ("period_end", "period_end", "datetime"),
        ("period_start", "period_start", "datetime"),
    )
    committed: Decimal | None = None
    expected: str | None = None
    in_stock: str | None = None
    period_end: datetime.datetime | None = None
    period_start: datetime.datetime | None = None
