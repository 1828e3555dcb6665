"""UnassignedBatchTransaction: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class UnassignedBatchTransaction(Model):
    """UnassignedBatchTransaction

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("barcode", "barcode", "str"),
        ("batch_created_date", "batch_created_date", "datetime"),
        ("batch_expiration_date", "batch_expiration_date", "datetime"),
        ("batch_id", "batch_id", "int"),
        ("batch_number", "batch_number", "str"),
        ("quantity", "quantity", "decimal"),
    )
    barcode: str | None = None
    batch_created_date: datetime.datetime | None = None
    batch_expiration_date: datetime.datetime | None = None
    batch_id: int | None = None
    batch_number: str | None = None
    quantity: Decimal | None = None
