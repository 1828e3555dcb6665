"""ItemVariantConfigDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class ItemVariantConfigDto(Model):
    """ItemVariantConfigDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("values", "values", "list[str]"),
        ("id", "id", "int"),
        ("name", "name", "str"),
    )
    values: list[str]
    id: int | Unset = UNSET
    name: str | Unset = UNSET
