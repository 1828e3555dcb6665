"""ProductOperationRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ProductOperationRow(Model):
    """ProductOperationRow

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("cost_parameter", "cost_parameter", "decimal"),
        ("cost_per_hour", "cost_per_hour", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("group_boundary", "group_boundary", "int"),
        ("operation_id", "operation_id", "int"),
        ("operation_name", "operation_name", "str"),
        ("planned_cost_per_unit", "planned_cost_per_unit", "decimal"),
        ("planned_time_parameter", "planned_time_parameter", "decimal"),
        ("planned_time_per_unit", "planned_time_per_unit", "decimal"),
        ("product_id", "product_id", "int"),
        ("product_operation_row_id", "product_operation_row_id", "int"),
        ("product_variant_id", "product_variant_id", "int"),
        ("rank", "rank", "int"),
        ("resource_id", "resource_id", "int"),
        ("resource_name", "resource_name", "str"),
        ("type", "type_", "enum:ProductOperationRowType"),
        ("updated_at", "updated_at", "datetime"),
    )
    cost_parameter: Decimal | None = None
    cost_per_hour: Decimal | None = None
    created_at: datetime.datetime | None = None
    group_boundary: int | None = None
    operation_id: int | None = None
    operation_name: str | None = None
    planned_cost_per_unit: Decimal | None = None
    planned_time_parameter: Decimal | None = None
    planned_time_per_unit: Decimal | None = None
    product_id: int | None = None
    product_operation_row_id: int | None = None
    product_variant_id: int | None = None
    rank: int | None = None
    resource_id: int | None = None
    resource_name: str | None = None
    type_: ProductOperationRowType | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .product_operation_row_type import ProductOperationRowType
