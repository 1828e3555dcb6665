"""ManufacturingOrderProductionIngredient: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ManufacturingOrderProductionIngredient(Model):
    """ManufacturingOrderProductionIngredient

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    cost: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    manufacturing_order_id: int | None | Unset = UNSET
    manufacturing_order_recipe_row_id: int | None | Unset = UNSET
    production_date: datetime.datetime | None | Unset = UNSET
    production_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
