"""ProductOperationRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ProductOperationRow(Model):
    """ProductOperationRow

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    cost_parameter: Decimal | None | Unset = UNSET
    cost_per_hour: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    group_boundary: int | None | Unset = UNSET
    operation_id: int | None | Unset = UNSET
    operation_name: str | None | Unset = UNSET
    planned_cost_per_unit: Decimal | None | Unset = UNSET
    planned_time_parameter: Decimal | None | Unset = UNSET
    planned_time_per_unit: Decimal | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    product_operation_row_id: int | None | Unset = UNSET
    product_variant_id: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET
    type_: ProductOperationRowType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .product_operation_row_type import ProductOperationRowType
