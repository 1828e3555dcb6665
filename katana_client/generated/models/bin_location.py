"""BinLocation: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class BinLocation(Model):
    """BinLocation

    Derived from 3 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    bin_name: str | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    location_id: int | None = None
    name: str | None = None
    updated_at: datetime.datetime | None = None
