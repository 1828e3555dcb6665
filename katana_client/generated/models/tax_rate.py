"""TaxRate: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class TaxRate(Model):
    """TaxRate

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    created_at: datetime.datetime | None | Unset = UNSET
    display_name: str | None | Unset = UNSET
    is_default_purchases: bool | None | Unset = UNSET
    is_default_sales: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    rate: Decimal | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
