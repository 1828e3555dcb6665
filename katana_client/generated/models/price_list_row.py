"""PriceListRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class PriceListRow(Model):
    """PriceListRow

    Derived from 8 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("adjustment_method", "adjustment_method", "enum:PriceListRowAdjustmentMethod"),
        ("amount", "amount", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("price_list_id", "price_list_id", "int"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    adjustment_method: PriceListRowAdjustmentMethod | None = None
    amount: Decimal | None = None
    created_at: datetime.datetime | None = None
    price_list_id: int | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .price_list_row_adjustment_method import PriceListRowAdjustmentMethod
