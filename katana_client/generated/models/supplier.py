"""Supplier: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Supplier(Model):
    """Supplier

    Derived from 9 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    addresses: list[SupplierAddress] | None | Unset = UNSET
    comment: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    default_address_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    email: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .supplier_address import SupplierAddress
