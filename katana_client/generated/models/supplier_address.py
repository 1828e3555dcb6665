"""SupplierAddress: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SupplierAddress(Model):
    """SupplierAddress

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("city", "city", "str"),
        ("country", "country", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("state", "state", "str"),
        ("supplier_id", "supplier_id", "int"),
        ("updated_at", "updated_at", "datetime"),
        ("zip", "zip_", "str"),
    )
    id: int
    city: str | None = None
    country: str | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    line_1: str | None = None
    line_2: str | None = None
    state: str | None = None
    supplier_id: int | None = None
    updated_at: datetime.datetime | None = None
    zip_: str | None = None
