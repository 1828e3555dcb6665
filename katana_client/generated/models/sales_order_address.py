"""SalesOrderAddress: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderAddress(Model):
    """SalesOrderAddress

    Derived from 11 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("city", "city", "str"),
        ("company", "company", "str"),
        ("country", "country", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("entity_type", "entity_type", "enum:SalesOrderAddressEntityType"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("phone", "phone", "str"),
        ("sales_order_id", "sales_order_id", "int"),
        ("state", "state", "str"),
        ("updated_at", "updated_at", "datetime"),
        ("zip", "zip_", "str"),
    )
    id: int
    city: str | None = None
    company: str | None = None
    country: str | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    entity_type: SalesOrderAddressEntityType | None = None
    first_name: str | None = None
    last_name: str | None = None
    line_1: str | None = None
    line_2: str | None = None
    phone: str | None = None
    sales_order_id: int | None = None
    state: str | None = None
    updated_at: datetime.datetime | None = None
    zip_: str | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_address_entity_type import SalesOrderAddressEntityType
