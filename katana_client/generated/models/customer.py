"""Customer: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Customer(Model):
    """Customer

    Derived from 3 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    addresses: list[CustomerAddress] | None = None
    category: str | None = None
    comment: str | None = None
    company: str | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    default_billing_id: int | None = None
    default_shipping_id: int | None = None
    deleted_at: datetime.datetime | None = None
    discount_rate: Decimal | None = None
    email: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    name: str | None = None
    phone: str | None = None
    reference_id: str | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .customer_address import CustomerAddress
