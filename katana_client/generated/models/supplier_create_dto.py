"""SupplierCreateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SupplierCreateDto(Model):
    """SupplierCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("name", "name", "str"),
        ("addresses", "addresses", "list[model:SupplierAddressNestedCreateDto]"),
        ("comment", "comment", "str"),
        ("currency", "currency", "str"),
        ("email", "email", "str"),
        ("phone", "phone", "str"),
    )
    name: str
    addresses: list[SupplierAddressNestedCreateDto] | Unset = UNSET
    comment: str | None | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .supplier_address_nested_create_dto import SupplierAddressNestedCreateDto
