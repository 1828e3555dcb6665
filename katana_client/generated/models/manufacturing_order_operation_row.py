"""ManufacturingOrderOperationRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ManufacturingOrderOperationRow(Model):
    """ManufacturingOrderOperationRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("active_operator_id", "active_operator_id", "int"),
        (
            "assigned_operators",
            "assigned_operators",
            "list[model:ManufacturingOrderOperationRowAssignedOperator]",
        ),
        ("completed_at", "completed_at", "datetime"),
        (
            "completed_by_operators",
            "completed_by_operators",
            "list[model:ManufacturingOrderOperationRowAssignedOperator]",
        ),
        ("cost_parameter", "cost_parameter", "decimal"),
        ("cost_per_hour", "cost_per_hour", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("group_boundary", "group_boundary", "int"),
        ("is_status_actionable", "is_status_actionable", "bool"),
        ("manufacturing_order_id", "manufacturing_order_id", "int"),
        ("operation_id", "operation_id", "int"),
        ("operation_name", "operation_name", "str"),
        ("planned_cost_per_unit", "planned_cost_per_unit", "decimal"),
        ("planned_time_parameter", "planned_time_parameter", "decimal"),
        ("planned_time_per_unit", "planned_time_per_unit", "decimal"),
        ("rank", "rank", "int"),
        ("resource_id", "resource_id", "int"),
        ("resource_name", "resource_name", "str"),
        ("status", "status", "enum:ManufacturingOrderOperationRowStatus"),
        ("total_actual_cost", "total_actual_cost", "decimal"),
        ("total_actual_time", "total_actual_time", "decimal"),
        ("total_consumed_time", "total_consumed_time", "decimal"),
        ("total_remaining_time", "total_remaining_time", "decimal"),
        ("type", "type_", "enum:ManufacturingOrderOperationRowType"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    active_operator_id: int | None = None
    assigned_operators: list[ManufacturingOrderOperationRowAssignedOperator] | None = None
    completed_at: datetime.datetime | None = None
    completed_by_operators: list[ManufacturingOrderOperationRowAssignedOperator] | None = None
    cost_parameter: Decimal | None = None
    cost_per_hour: Decimal | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    group_boundary: int | None = None
    is_status_actionable: bool | None = None
    manufacturing_order_id: int | None = None
    operation_id: int | None = None
    operation_name: str | None = None
    planned_cost_per_unit: Decimal | None = None
    planned_time_parameter: Decimal | None = None
    planned_time_per_unit: Decimal | None = None
    rank: int | None = None
    resource_id: int | None = None
    resource_name: str | None = None
    status: ManufacturingOrderOperationRowStatus | None = None
    total_actual_cost: Decimal | None = None
    total_actual_time: Decimal | None = None
    total_consumed_time: Decimal | None = None
    total_remaining_time: Decimal | None = None
    type_: ManufacturingOrderOperationRowType | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_operation_row_assigned_operator import (
    ManufacturingOrderOperationRowAssignedOperator,
)
from .manufacturing_order_operation_row_status import ManufacturingOrderOperationRowStatus
from .manufacturing_order_operation_row_type import ManufacturingOrderOperationRowType
