"""StockTransfer: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class StockTransfer(Model):
    """StockTransfer

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("expected_arrival_date", "expected_arrival_date", "datetime"),
        ("order_created_date", "order_created_date", "datetime"),
        ("source_location_id", "source_location_id", "int"),
        ("status", "status", "str"),
        ("stock_transfer_number", "stock_transfer_number", "str"),
        ("stock_transfer_rows", "stock_transfer_rows", "list[model:StockTransferRow]"),
        ("target_location_id", "target_location_id", "int"),
        ("transfer_date", "transfer_date", "datetime"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_info: str | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    expected_arrival_date: datetime.datetime | None = None
    order_created_date: datetime.datetime | None = None
    source_location_id: int | None = None
    status: str | None = None
    stock_transfer_number: str | None = None
    stock_transfer_rows: list[StockTransferRow] | None = None
    target_location_id: int | None = None
    transfer_date: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stock_transfer_row import StockTransferRow
