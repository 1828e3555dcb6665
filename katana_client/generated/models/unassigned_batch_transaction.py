"""UnassignedBatchTransaction: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class UnassignedBatchTransaction(Model):
    """UnassignedBatchTransaction

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("barcode", "barcode", "str"),
        ("batch_created_date", "batch_created_date", "datetime"),
        ("batch_expiration_date", "batch_expiration_date", "datetime"),
        ("batch_id", "batch_id", "int"),
        ("batch_number", "batch_number", "str"),
        ("quantity", "quantity", "decimal"),
    )
    barcode: str | None | Unset = UNSET
    batch_created_date: datetime.datetime | None | Unset = UNSET
    batch_expiration_date: datetime.datetime | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    batch_number: str | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
