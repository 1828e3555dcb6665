"""CreateCustomerDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateCustomerDto(Model):
    """CreateCustomerDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("name", "name", "str"),
        ("addresses", "addresses", "list[model:CustomerAddressInCustomerCreateDto]"),
        ("category", "category", "str"),
        ("comment", "comment", "str"),
        ("company", "company", "str"),
        ("currency", "currency", "str"),
        ("discount_rate", "discount_rate", "decimal"),
        ("email", "email", "str"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("phone", "phone", "str"),
        ("reference_id", "reference_id", "str"),
    )
    name: str
    addresses: list[CustomerAddressInCustomerCreateDto] | Unset = UNSET
    category: str | Unset = UNSET
    comment: str | Unset = UNSET
    company: str | Unset = UNSET
    currency: str | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    email: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    reference_id: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .customer_address_in_customer_create_dto import CustomerAddressInCustomerCreateDto
