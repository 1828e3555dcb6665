"""RecipeRowCreateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class RecipeRowCreateDto(Model):
    """RecipeRowCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("ingredient_variant_id", "ingredient_variant_id", "int"),
        ("product_variant_id", "product_variant_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("notes", "notes", "str"),
    )
    ingredient_variant_id: int
    product_variant_id: int
    quantity: Decimal
    notes: str | Unset = UNSET
