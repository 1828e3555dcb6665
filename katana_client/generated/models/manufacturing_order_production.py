"""ManufacturingOrderProduction: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ManufacturingOrderProduction(Model):
    """ManufacturingOrderProduction

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    ingredients: list[ManufacturingOrderProductionIngredient] | None | Unset = UNSET
    manufacturing_order_id: int | None | Unset = UNSET
    operations: list[ManufacturingOrderProductionOperation] | None | Unset = UNSET
    production_date: datetime.datetime | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    serial_numbers: list[SerialNumber] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_production_ingredient import ManufacturingOrderProductionIngredient
from .manufacturing_order_production_operation import ManufacturingOrderProductionOperation
from .serial_number import SerialNumber
