"""LocationAddress: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class LocationAddress(Model):
    """LocationAddress

    Derived from 3 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("city", "city", "str"),
        ("country", "country", "str"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("state", "state", "str"),
        ("zip", "zip_", "str"),
    )
    id: int
    city: str | None = None
    country: str | None = None
    line_1: str | None = None
    line_2: str | None = None
    state: str | None = None
    zip_: str | None = None
