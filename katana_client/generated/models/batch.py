"""Batch: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Batch(Model):
    """Batch

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    batch_barcode: str | None | Unset = UNSET
    batch_created_date: datetime.datetime | None | Unset = UNSET
    batch_number: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
