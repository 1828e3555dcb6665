"""BinLocation: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class BinLocation(Model):
    """BinLocation

    Derived from 3 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("bin_name", "bin_name", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("name", "name", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    bin_name: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
