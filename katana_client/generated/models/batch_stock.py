"""BatchStock: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class BatchStock(Model):
    """BatchStock

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    batch_barcode: str | None = None
    batch_created_date: datetime.datetime | None = None
    batch_id: int | None = None
    batch_number: str | None = None
    created_at: datetime.datetime | None = None
    expiration_date: datetime.datetime | None = None
    id: int | None = None
    location_id: int | None = None
    quantity_in_stock: Decimal | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None
