"""StockAdjustment: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class StockAdjustment(Model):
    """StockAdjustment

    Derived from 3 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("reason", "reason", "str"),
        ("stock_adjustment_date", "stock_adjustment_date", "datetime"),
        ("stock_adjustment_number", "stock_adjustment_number", "str"),
        ("stock_adjustment_rows", "stock_adjustment_rows", "list[model:StockAdjustmentRow]"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_info: str | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    location_id: int | None = None
    reason: str | None = None
    stock_adjustment_date: datetime.datetime | None = None
    stock_adjustment_number: str | None = None
    stock_adjustment_rows: list[StockAdjustmentRow] | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stock_adjustment_row import StockAdjustmentRow
