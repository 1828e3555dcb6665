"""SupplierAddressCreateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SupplierAddressCreateDto(Model):
    """SupplierAddressCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("supplier_id", "supplier_id", "int"),
        ("city", "city", "str"),
        ("country", "country", "str"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("state", "state", "str"),
        ("zip", "zip_", "str"),
    )
    supplier_id: int
    city: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    line_1: str | None | Unset = UNSET
    line_2: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    zip_: str | None | Unset = UNSET
