"""BomRow: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class BomRow(Model):
    """BomRow

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "str"),
        ("created_at", "created_at", "datetime"),
        ("ingredient_variant_id", "ingredient_variant_id", "int"),
        ("notes", "notes", "str"),
        ("product_item_id", "product_item_id", "int"),
        ("product_variant_id", "product_variant_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("rank", "rank", "int"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: str
    created_at: datetime.datetime | None | Unset = UNSET
    ingredient_variant_id: int | None | Unset = UNSET
    notes: str | None | Unset = UNSET
    product_item_id: int | None | Unset = UNSET
    product_variant_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
