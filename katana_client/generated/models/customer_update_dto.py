"""CustomerUpdateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CustomerUpdateDto(Model):
    """CustomerUpdateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("category", "category", "str"),
        ("comment", "comment", "str"),
        ("company", "company", "str"),
        ("currency", "currency", "str"),
        ("default_shipping_id", "default_shipping_id", "int"),
        ("discount_rate", "discount_rate", "decimal"),
        ("email", "email", "str"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("name", "name", "str"),
        ("phone", "phone", "str"),
        ("reference_id", "reference_id", "str"),
    )
    category: str | None | Unset = UNSET
    comment: str | None | Unset = UNSET
    company: str | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    default_shipping_id: int | None | Unset = UNSET
    discount_rate: Decimal | None | Unset = UNSET
    email: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    reference_id: str | None | Unset = UNSET
