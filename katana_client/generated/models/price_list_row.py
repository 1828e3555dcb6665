"""PriceListRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class PriceListRow(Model):
    """PriceListRow

    Derived from 8 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    adjustment_method: PriceListRowAdjustmentMethod | None | Unset = UNSET
    amount: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    price_list_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .price_list_row_adjustment_method import PriceListRowAdjustmentMethod
