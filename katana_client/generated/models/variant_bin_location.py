"""VariantBinLocation: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class VariantBinLocation(Model):
    """VariantBinLocation

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    bin_name: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    storage_bin_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
