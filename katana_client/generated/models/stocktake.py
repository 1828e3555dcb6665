"""Stocktake: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Stocktake(Model):
    """Stocktake

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("completed_date", "completed_date", "datetime"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("reason", "reason", "str"),
        ("set_remaining_items_as_counted", "set_remaining_items_as_counted", "bool"),
        ("started_date", "started_date", "datetime"),
        ("status", "status", "enum:StocktakeStatus"),
        ("status_update_in_progress", "status_update_in_progress", "bool"),
        ("stock_adjustment_id", "stock_adjustment_id", "int"),
        ("stocktake_created_date", "stocktake_created_date", "datetime"),
        ("stocktake_number", "stocktake_number", "str"),
        ("stocktake_rows", "stocktake_rows", "list[model:StocktakeRow]"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_info: str | None = None
    completed_date: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    location_id: int | None = None
    reason: str | None = None
    set_remaining_items_as_counted: bool | None = None
    started_date: datetime.datetime | None = None
    status: StocktakeStatus | None = None
    status_update_in_progress: bool | None = None
    stock_adjustment_id: int | None = None
    stocktake_created_date: datetime.datetime | None = None
    stocktake_number: str | None = None
    stocktake_rows: list[StocktakeRow] | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stocktake_row import StocktakeRow
from .stocktake_status import StocktakeStatus
