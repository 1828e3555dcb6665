"""ManufacturingOrderOperationRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ManufacturingOrderOperationRow(Model):
    """ManufacturingOrderOperationRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    active_operator_id: int | None | Unset = UNSET
    assigned_operators: list[ManufacturingOrderOperationRowAssignedOperator] | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    completed_by_operators: list[ManufacturingOrderOperationRowAssignedOperator] | None | Unset = (
        UNSET
    )
    cost_parameter: Decimal | None | Unset = UNSET
    cost_per_hour: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    group_boundary: int | None | Unset = UNSET
    is_status_actionable: bool | None | Unset = UNSET
    manufacturing_order_id: int | None | Unset = UNSET
    operation_id: int | None | Unset = UNSET
    operation_name: str | None | Unset = UNSET
    planned_cost_per_unit: Decimal | None | Unset = UNSET
    planned_time_parameter: Decimal | None | Unset = UNSET
    planned_time_per_unit: Decimal | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET
    status: ManufacturingOrderOperationRowStatus | None | Unset = UNSET
    total_actual_cost: Decimal | None | Unset = UNSET
    total_actual_time: Decimal | None | Unset = UNSET
    total_consumed_time: Decimal | None | Unset = UNSET
    total_remaining_time: Decimal | None | Unset = UNSET
    type_: ManufacturingOrderOperationRowType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_operation_row_assigned_operator import (
    ManufacturingOrderOperationRowAssignedOperator,
)
from .manufacturing_order_operation_row_status import ManufacturingOrderOperationRowStatus
from .manufacturing_order_operation_row_type import ManufacturingOrderOperationRowType
