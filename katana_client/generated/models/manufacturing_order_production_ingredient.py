"""ManufacturingOrderProductionIngredient: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ManufacturingOrderProductionIngredient(Model):
    """ManufacturingOrderProductionIngredient

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("cost", "cost", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("manufacturing_order_id", "manufacturing_order_id", "int"),
        ("manufacturing_order_recipe_row_id", "manufacturing_order_recipe_row_id", "int"),
        ("production_date", "production_date", "datetime"),
        ("production_id", "production_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    cost: Decimal | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    location_id: int | None = None
    manufacturing_order_id: int | None = None
    manufacturing_order_recipe_row_id: int | None = None
    production_date: datetime.datetime | None = None
    production_id: int | None = None
    quantity: Decimal | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None
