"""InventoryMovement: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class InventoryMovement(Model):
    """InventoryMovement

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("average_cost_after", "average_cost_after", "decimal"),
        ("balance_after", "balance_after", "decimal"),
        ("caused_by_order_no", "caused_by_order_no", "str"),
        ("caused_by_resource_id", "caused_by_resource_id", "int"),
        ("created_at", "created_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("movement_date", "movement_date", "datetime"),
        ("quantity_change", "quantity_change", "decimal"),
        ("rank", "rank", "int"),
        ("resource_id", "resource_id", "int"),
        ("resource_type", "resource_type", "enum:InventoryMovementResourceType"),
        ("updated_at", "updated_at", "datetime"),
        ("value_in_stock_after", "value_in_stock_after", "decimal"),
        ("value_per_unit", "value_per_unit", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    average_cost_after: Decimal | None = None
    balance_after: Decimal | None = None
    caused_by_order_no: str | None = None
    caused_by_resource_id: int | None = None
    created_at: datetime.datetime | None = None
    location_id: int | None = None
    movement_date: datetime.datetime | None = None
    quantity_change: Decimal | None = None
    rank: int | None = None
    resource_id: int | None = None
    resource_type: InventoryMovementResourceType | None = None
    updated_at: datetime.datetime | None = None
    value_in_stock_after: Decimal | None = None
    value_per_unit: Decimal | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .inventory_movement_resource_type import InventoryMovementResourceType
