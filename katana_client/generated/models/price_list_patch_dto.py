"""PriceListPatchDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class PriceListPatchDto(Model):
    """PriceListPatchDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("is_active", "is_active", "bool"),
        ("name", "name", "str"),
    )
    is_active: bool | Unset = UNSET
    name: str | Unset = UNSET
