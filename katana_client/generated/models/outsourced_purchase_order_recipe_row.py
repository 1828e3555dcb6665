"""OutsourcedPurchaseOrderRecipeRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class OutsourcedPurchaseOrderRecipeRow(Model):
    """OutsourcedPurchaseOrderRecipeRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:OutsourcedPurchaseOrderRecipeRowBatchTransaction]",
        ),
        ("cost", "cost", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("ingredient_availability", "ingredient_availability", "str"),
        ("ingredient_expected_date", "ingredient_expected_date", "datetime"),
        ("ingredient_variant_id", "ingredient_variant_id", "int"),
        ("notes", "notes", "str"),
        ("planned_quantity_per_unit", "planned_quantity_per_unit", "decimal"),
        ("purchase_order_id", "purchase_order_id", "int"),
        ("purchase_order_row_id", "purchase_order_row_id", "int"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    batch_transactions: list[OutsourcedPurchaseOrderRecipeRowBatchTransaction] | None = None
    cost: Decimal | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    ingredient_availability: str | None = None
    ingredient_expected_date: datetime.datetime | None = None
    ingredient_variant_id: int | None = None
    notes: str | None = None
    planned_quantity_per_unit: Decimal | None = None
    purchase_order_id: int | None = None
    purchase_order_row_id: int | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .outsourced_purchase_order_recipe_row_batch_transaction import (
    OutsourcedPurchaseOrderRecipeRowBatchTransaction,
)
