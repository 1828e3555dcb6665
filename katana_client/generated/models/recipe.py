"""Recipe: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Recipe(Model):
    """Recipe

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "str"),
        ("created_at", "created_at", "datetime"),
        ("ingredient_variant_id", "ingredient_variant_id", "int"),
        ("notes", "notes", "str"),
        ("product_id", "product_id", "int"),
        ("product_item_id", "product_item_id", "int"),
        ("product_variant_id", "product_variant_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("rank", "rank", "int"),
        ("recipe_row_id", "recipe_row_id", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: str
    created_at: datetime.datetime | None = None
    ingredient_variant_id: int | None = None
    notes: str | None = None
    product_id: int | None = None
    product_item_id: int | None = None
    product_variant_id: int | None = None
    quantity: Decimal | None = None
    rank: int | None = None
    recipe_row_id: str | None = None
    updated_at: datetime.datetime | None = None
