"""StocktakeRow: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class StocktakeRow(Model):
    """StocktakeRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    batch_id: int | None = None
    bin_location_id: int | None = None
    counted_quantity: Decimal | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    discrepancy_quantity: Decimal | None = None
    in_stock_quantity: Decimal | None = None
    notes: str | None = None
    stocktake_id: int | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None
