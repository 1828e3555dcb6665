"""BatchStock: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class BatchStock(Model):
    """BatchStock

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("batch_barcode", "batch_barcode", "str"),
        ("batch_created_date", "batch_created_date", "datetime"),
        ("batch_id", "batch_id", "int"),
        ("batch_number", "batch_number", "str"),
        ("created_at", "created_at", "datetime"),
        ("expiration_date", "expiration_date", "datetime"),
        ("id", "id", "int"),
        ("location_id", "location_id", "int"),
        ("quantity_in_stock", "quantity_in_stock", "decimal"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    batch_barcode: str | None | Unset = UNSET
    batch_created_date: datetime.datetime | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    batch_number: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    quantity_in_stock: Decimal | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
