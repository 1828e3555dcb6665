"""StocktakeRow: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class StocktakeRow(Model):
    """StocktakeRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("batch_id", "batch_id", "int"),
        ("bin_location_id", "bin_location_id", "int"),
        ("counted_quantity", "counted_quantity", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("discrepancy_quantity", "discrepancy_quantity", "decimal"),
        ("in_stock_quantity", "in_stock_quantity", "decimal"),
        ("notes", "notes", "str"),
        ("stocktake_id", "stocktake_id", "int"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    batch_id: int | None | Unset = UNSET
    bin_location_id: int | None | Unset = UNSET
    counted_quantity: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    discrepancy_quantity: Decimal | None | Unset = UNSET
    in_stock_quantity: Decimal | None | Unset = UNSET
    notes: str | None | Unset = UNSET
    stocktake_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
