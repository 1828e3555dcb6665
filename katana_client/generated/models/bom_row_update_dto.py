"""BomRowUpdateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class BomRowUpdateDto(Model):
    """BomRowUpdateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("ingredient_variant_id", "ingredient_variant_id", "int"),
        ("notes", "notes", "str"),
        ("quantity", "quantity", "decimal"),
    )
    ingredient_variant_id: int | Unset = UNSET
    notes: str | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
