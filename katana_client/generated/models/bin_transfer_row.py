"""BinTransferRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class BinTransferRow(Model):
    """BinTransferRow

    Derived from 12 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    arrived_at: datetime.datetime | None | Unset = UNSET
    bin_transfer_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    departed_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    source_bin_location_id: int | None | Unset = UNSET
    target_bin_location_id: int | None | Unset = UNSET
    traceability: list[BinTransferRowTraceability] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .bin_transfer_row_traceability import BinTransferRowTraceability
