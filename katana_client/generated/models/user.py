"""User: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class User(Model):
    """User

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("created_at", "created_at", "datetime"),
        ("email", "email", "str"),
        ("firstName", "first_name", "str"),
        ("lastName", "last_name", "str"),
        ("last_login_at", "last_login_at", "datetime"),
        ("role", "role", "str"),
        ("status", "status", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    created_at: datetime.datetime | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    last_login_at: datetime.datetime | None = None
    role: str | None = None
    status: str | None = None
    updated_at: datetime.datetime | None = None
