"""Stocktake: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Stocktake(Model):
    """Stocktake

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    additional_info: str | None | Unset = UNSET
    completed_date: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    reason: str | None | Unset = UNSET
    set_remaining_items_as_counted: bool | None | Unset = UNSET
    started_date: datetime.datetime | None | Unset = UNSET
    status: StocktakeStatus | None | Unset = UNSET
    status_update_in_progress: bool | None | Unset = UNSET
    stock_adjustment_id: int | None | Unset = UNSET
    stocktake_created_date: datetime.datetime | None | Unset = UNSET
    stocktake_number: str | None | Unset = UNSET
    stocktake_rows: list[StocktakeRow] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stocktake_row import StocktakeRow
from .stocktake_status import StocktakeStatus
