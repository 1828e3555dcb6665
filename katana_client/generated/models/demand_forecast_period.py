"""DemandForecastPeriod: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class DemandForecastPeriod(Model):
    """DemandForecastPeriod

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("committed", "committed", "decimal"),
        ("expected", "expected", "str"),
        ("in_stock", "in_stock", "str"),
        ("period_end", "period_end", "datetime"),
        ("period_start", "period_start", "datetime"),
    )
    committed: Decimal | None | Unset = UNSET
    expected: str | None | Unset = UNSET
    in_stock: str | None | Unset = UNSET
    period_end: datetime.datetime | None | Unset = UNSET
    period_start: datetime.datetime | None | Unset = UNSET
