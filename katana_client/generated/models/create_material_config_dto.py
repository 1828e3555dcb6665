"""CreateMaterialConfigDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreateMaterialConfigDto(Model):
    """CreateMaterialConfigDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("name", "name", "str"),
        ("values", "values", "list[str]"),
    )
    name: str
    values: list[str]
