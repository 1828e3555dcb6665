"""CustomerAddressInCustomerCreateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CustomerAddressInCustomerCreateDto(Model):
    """CustomerAddressInCustomerCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("entity_type", "entity_type", "enum:CustomerAddressInCustomerCreateDtoEntityType"),
        ("city", "city", "str"),
        ("company", "company", "str"),
        ("country", "country", "str"),
        ("default", "default", "bool"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("phone", "phone", "str"),
        ("state", "state", "str"),
        ("zip", "zip_", "str"),
    )
    entity_type: CustomerAddressInCustomerCreateDtoEntityType
    city: str | None | Unset = UNSET
    company: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    default: bool | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    line_1: str | None | Unset = UNSET
    line_2: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    zip_: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .customer_address_in_customer_create_dto_entity_type import (
    CustomerAddressInCustomerCreateDtoEntityType,
)
