"""Supplier: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Supplier(Model):
    """Supplier

    Derived from 9 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("addresses", "addresses", "list[model:SupplierAddress]"),
        ("comment", "comment", "str"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("default_address_id", "default_address_id", "int"),
        ("deleted_at", "deleted_at", "datetime"),
        ("email", "email", "str"),
        ("name", "name", "str"),
        ("phone", "phone", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    addresses: list[SupplierAddress] | None = None
    comment: str | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    default_address_id: int | None = None
    deleted_at: datetime.datetime | None = None
    email: str | None = None
    name: str | None = None
    phone: str | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .supplier_address import SupplierAddress
