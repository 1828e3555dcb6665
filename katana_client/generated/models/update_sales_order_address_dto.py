"""UpdateSalesOrderAddressDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateSalesOrderAddressDto(Model):
    """UpdateSalesOrderAddressDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("city", "city", "str"),
        ("company", "company", "str"),
        ("country", "country", "str"),
        ("first_name", "first_name", "str"),
        ("last_name", "last_name", "str"),
        ("line_1", "line_1", "str"),
        ("line_2", "line_2", "str"),
        ("phone", "phone", "str"),
        ("state", "state", "str"),
        ("zip", "zip_", "str"),
    )
    city: str | None | Unset = UNSET
    company: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    line_1: str | None | Unset = UNSET
    line_2: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    zip_: str | None | Unset = UNSET
