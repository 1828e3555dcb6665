"""Customer: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Customer(Model):
    """Customer

    Derived from 3 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("addresses", "addresses", "list[model:CustomerAddress]"),
        ("category", "category", "str"),
        ("comment", "comment", "str"),
        ("company", "company", "str"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("default_billing_id", "default_billing_id", "int"),
        ("default_shipping_id", "default_shipping_id", "int"),
        ("deleted_at", "deleted_at", "datetime"),
        ("discount_rate", "discount_rate", "decimal"),
        ("email", "email", "str"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("name", "name", "str"),
        ("phone", "phone", "str"),
        ("reference_id", "reference_id", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    addresses: list[CustomerAddress] | None | Unset = UNSET
    category: str | None | Unset = UNSET
    comment: str | None | Unset = UNSET
    company: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    default_billing_id: int | None | Unset = UNSET
    default_shipping_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    email: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    reference_id: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .customer_address import CustomerAddress
