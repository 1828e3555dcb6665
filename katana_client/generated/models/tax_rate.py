"""TaxRate: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class TaxRate(Model):
    """TaxRate

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("created_at", "created_at", "datetime"),
        ("display_name", "display_name", "str"),
        ("is_default_purchases", "is_default_purchases", "bool"),
        ("is_default_sales", "is_default_sales", "bool"),
        ("name", "name", "str"),
        ("rate", "rate", "decimal"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    created_at: datetime.datetime | None = None
    display_name: str | None = None
    is_default_purchases: bool | None = None
    is_default_sales: bool | None = None
    name: str | None = None
    rate: Decimal | None = None
    updated_at: datetime.datetime | None = None
