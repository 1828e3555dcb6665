"""ManufacturingOrder: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ManufacturingOrder(Model):
    """ManufacturingOrder

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    actual_quantity: Decimal | None = None
    additional_info: str | None = None
    batch_transactions: list[ManufacturingOrderRecipeRowBatchTransaction] | None = None
    completed_quantity: Decimal | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    done_date: datetime.datetime | None = None
    includes_partial_completions: bool | None = None
    ingredient_availability: str | None = None
    is_linked_to_sales_order: bool | None = None
    location_id: int | None = None
    material_cost: Decimal | None = None
    operations_cost: Decimal | None = None
    order_created_date: datetime.datetime | None = None
    order_no: str | None = None
    planned_quantity: Decimal | None = None
    production_deadline_date: datetime.datetime | None = None
    remaining_quantity: Decimal | None = None
    sales_order_delivery_deadline: datetime.datetime | None = None
    sales_order_id: int | None = None
    sales_order_row_id: int | None = None
    serial_numbers: list[SerialNumber] | None = None
    status: ManufacturingOrderStatus | None = None
    subassemblies_cost: Decimal | None = None
    total_actual_time: Decimal | None = None
    total_cost: Decimal | None = None
    total_planned_time: Decimal | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_recipe_row_batch_transaction import (
    ManufacturingOrderRecipeRowBatchTransaction,
)
from .manufacturing_order_status import ManufacturingOrderStatus
from .serial_number import SerialNumber
