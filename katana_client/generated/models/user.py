"""User: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class User(Model):
    """User

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    created_at: datetime.datetime | None | Unset = UNSET
    email: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    last_login_at: datetime.datetime | None | Unset = UNSET
    role: str | None | Unset = UNSET
    status: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
