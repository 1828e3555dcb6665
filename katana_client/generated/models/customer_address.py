"""CustomerAddress: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class CustomerAddress(Model):
    """CustomerAddress

    Derived from 7 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("city", "city", "str"),
        ("company", "company", "str"),
        ("country", "country", "str"),
        ("created_at", "created_at", "datetime"),
        ("customer_id", "customer_id", "int"),
        ("default", "default", "bool"),
        ("deleted_at", "deleted_at", "datetime"),
        ("entity_type", "entity_type", "enum:CustomerAddressEntityType"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("phone", "phone", "str"),
        ("state", "state", "str"),
        ("updated_at", "updated_at", "datetime"),
        ("zip", "zip_", "str"),
    )
    id: int
    city: str | None | Unset = UNSET
    company: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    default: bool | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    entity_type: CustomerAddressEntityType | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    line_1: str | None | Unset = UNSET
    line_2: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    zip_: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .customer_address_entity_type import CustomerAddressEntityType
