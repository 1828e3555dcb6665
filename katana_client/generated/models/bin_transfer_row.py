"""BinTransferRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class BinTransferRow(Model):
    """BinTransferRow

    Derived from 12 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("arrived_at", "arrived_at", "datetime"),
        ("bin_transfer_id", "bin_transfer_id", "int"),
        ("created_at", "created_at", "datetime"),
        ("created_date", "created_date", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("departed_at", "departed_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("source_bin_location_id", "source_bin_location_id", "int"),
        ("target_bin_location_id", "target_bin_location_id", "int"),
        ("traceability", "traceability", "list[model:BinTransferRowTraceability]"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    arrived_at: datetime.datetime | None = None
    bin_transfer_id: int | None = None
    created_at: datetime.datetime | None = None
    created_date: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    departed_at: datetime.datetime | None = None
    location_id: int | None = None
    quantity: Decimal | None = None
    source_bin_location_id: int | None = None
    target_bin_location_id: int | None = None
    traceability: list[BinTransferRowTraceability] | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .bin_transfer_row_traceability import BinTransferRowTraceability
