"""SupplierUpdateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SupplierUpdateDto(Model):
    """SupplierUpdateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("comment", "comment", "str"),
        ("currency", "currency", "str"),
        ("email", "email", "str"),
        ("name", "name", "str"),
        ("phone", "phone", "str"),
    )
    comment: str | None | Unset = UNSET
    currency: str | Unset = UNSET
    email: str | None | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | None | Unset = UNSET
