"""ManufacturingOrderProduction: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ManufacturingOrderProduction(Model):
    """ManufacturingOrderProduction

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("ingredients", "ingredients", "list[model:ManufacturingOrderProductionIngredient]"),
        ("manufacturing_order_id", "manufacturing_order_id", "int"),
        ("operations", "operations", "list[model:ManufacturingOrderProductionOperation]"),
        ("production_date", "production_date", "datetime"),
        ("quantity", "quantity", "decimal"),
        ("serial_numbers", "serial_numbers", "list[model:SerialNumber]"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    ingredients: list[ManufacturingOrderProductionIngredient] | None = None
    manufacturing_order_id: int | None = None
    operations: list[ManufacturingOrderProductionOperation] | None = None
    production_date: datetime.datetime | None = None
    quantity: Decimal | None = None
    serial_numbers: list[SerialNumber] | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_production_ingredient import ManufacturingOrderProductionIngredient
from .manufacturing_order_production_operation import ManufacturingOrderProductionOperation
from .serial_number import SerialNumber
