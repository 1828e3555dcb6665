"""Location: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Location(Model):
    """Location

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    address: LocationAddress | None | Unset = UNSET
    address_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    is_primary: bool | None | Unset = UNSET
    legal_name: str | None | Unset = UNSET
    manufacturing_allowed: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    purchase_allowed: bool | None | Unset = UNSET
    sales_allowed: bool | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .location_address import LocationAddress
