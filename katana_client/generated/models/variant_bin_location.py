"""VariantBinLocation: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class VariantBinLocation(Model):
    """VariantBinLocation

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("bin_name", "bin_name", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("storage_bin_id", "storage_bin_id", "int"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    bin_name: str | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    storage_bin_id: int | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None
