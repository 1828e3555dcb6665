"""ManufacturingOrder: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ManufacturingOrder(Model):
    """ManufacturingOrder

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("actual_quantity", "actual_quantity", "decimal"),
        ("additional_info", "additional_info", "str"),
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:ManufacturingOrderRecipeRowBatchTransaction]",
        ),
        ("completed_quantity", "completed_quantity", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("done_date", "done_date", "datetime"),
        ("includes_partial_completions", "includes_partial_completions", "bool"),
        ("ingredient_availability", "ingredient_availability", "str"),
        ("is_linked_to_sales_order", "is_linked_to_sales_order", "bool"),
        ("location_id", "location_id", "int"),
        ("material_cost", "material_cost", "decimal"),
        ("operations_cost", "operations_cost", "decimal"),
        ("order_created_date", "order_created_date", "datetime"),
        ("order_no", "order_no", "str"),
        ("planned_quantity", "planned_quantity", "decimal"),
        ("production_deadline_date", "production_deadline_date", "datetime"),
        ("remaining_quantity", "remaining_quantity", "decimal"),
        ("sales_order_delivery_deadline", "sales_order_delivery_deadline", "datetime"),
        ("sales_order_id", "sales_order_id", "int"),
        ("sales_order_row_id", "sales_order_row_id", "int"),
        ("serial_numbers", "serial_numbers", "list[model:SerialNumber]"),
        ("status", "status", "enum:ManufacturingOrderStatus"),
        ("subassemblies_cost", "subassemblies_cost", "decimal"),
        ("total_actual_time", "total_actual_time", "decimal"),
        ("total_cost", "total_cost", "decimal"),
        ("total_planned_time", "total_planned_time", "decimal"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    actual_quantity: Decimal | None | Unset = UNSET
    additional_info: str | None | Unset = UNSET
    batch_transactions: list[ManufacturingOrderRecipeRowBatchTransaction] | None | Unset = UNSET
    completed_quantity: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    done_date: datetime.datetime | None | Unset = UNSET
    includes_partial_completions: bool | None | Unset = UNSET
    ingredient_availability: str | None | Unset = UNSET
    is_linked_to_sales_order: bool | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    material_cost: Decimal | None | Unset = UNSET
    operations_cost: Decimal | None | Unset = UNSET
    order_created_date: datetime.datetime | None | Unset = UNSET
    order_no: str | None | Unset = UNSET
    planned_quantity: Decimal | None | Unset = UNSET
    production_deadline_date: datetime.datetime | None | Unset = UNSET
    remaining_quantity: Decimal | None | Unset = UNSET
    sales_order_delivery_deadline: datetime.datetime | None | Unset = UNSET
    sales_order_id: int | None | Unset = UNSET
    sales_order_row_id: int | None | Unset = UNSET
    serial_numbers: list[SerialNumber] | None | Unset = UNSET
    status: ManufacturingOrderStatus | None | Unset = UNSET
    subassemblies_cost: Decimal | None | Unset = UNSET
    total_actual_time: Decimal | None | Unset = UNSET
    total_cost: Decimal | None | Unset = UNSET
    total_planned_time: Decimal | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_recipe_row_batch_transaction import (
    ManufacturingOrderRecipeRowBatchTransaction,
)
from .manufacturing_order_status import ManufacturingOrderStatus
from .serial_number import SerialNumber
