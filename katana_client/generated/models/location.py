"""Location: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Location(Model):
    """Location

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("address", "address", "model:LocationAddress"),
        ("address_id", "address_id", "int"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("is_primary", "is_primary", "bool"),
        ("legal_name", "legal_name", "str"),
        ("manufacturing_allowed", "manufacturing_allowed", "bool"),
        ("name", "name", "str"),
        ("purchase_allowed", "purchase_allowed", "bool"),
        ("sales_allowed", "sales_allowed", "bool"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    address: LocationAddress | None = None
    address_id: int | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    is_primary: bool | None = None
    legal_name: str | None = None
    manufacturing_allowed: bool | None = None
    name: str | None = None
    purchase_allowed: bool | None = None
    sales_allowed: bool | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .location_address import LocationAddress
