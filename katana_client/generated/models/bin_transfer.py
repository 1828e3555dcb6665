"""BinTransfer: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class BinTransfer(Model):
    """BinTransfer

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("arrived_at", "arrived_at", "datetime"),
        ("bin_transfer_number", "bin_transfer_number", "str"),
        ("bin_transfer_rows", "bin_transfer_rows", "list[model:BinTransferRow]"),
        ("created_at", "created_at", "datetime"),
        ("created_date", "created_date", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("departed_at", "departed_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("status", "status", "enum:BinTransferStatus"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_info: str | None = None
    arrived_at: datetime.datetime | None = None
    bin_transfer_number: str | None = None
    bin_transfer_rows: list[BinTransferRow] | None = None
    created_at: datetime.datetime | None = None
    created_date: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    departed_at: datetime.datetime | None = None
    location_id: int | None = None
    status: BinTransferStatus | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .bin_transfer_row import BinTransferRow
from .bin_transfer_status import BinTransferStatus
