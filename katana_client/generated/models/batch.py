"""Batch: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Batch(Model):
    """Batch

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("batch_barcode", "batch_barcode", "str"),
        ("batch_created_date", "batch_created_date", "datetime"),
        ("batch_number", "batch_number", "str"),
        ("created_at", "created_at", "datetime"),
        ("expiration_date", "expiration_date", "datetime"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    batch_barcode: str | None = None
    batch_created_date: datetime.datetime | None = None
    batch_number: str | None = None
    created_at: datetime.datetime | None = None
    expiration_date: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None
