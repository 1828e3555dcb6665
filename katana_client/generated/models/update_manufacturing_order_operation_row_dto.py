"""UpdateManufacturingOrderOperationRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateManufacturingOrderOperationRowDto(Model):
    """UpdateManufacturingOrderOperationRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("assigned_operators", "assigned_operators", "list[model:UpdateOperatorDto]"),
        ("completed_by_operators", "completed_by_operators", "list[model:UpdateOperatorDto]"),
        ("cost_parameter", "cost_parameter", "decimal"),
        ("cost_per_hour", "cost_per_hour", "decimal"),
        ("operation_id", "operation_id", "int"),
        ("operation_name", "operation_name", "str"),
        ("planned_time_parameter", "planned_time_parameter", "decimal"),
        ("planned_time_per_unit", "planned_time_per_unit", "decimal"),
        ("resource_id", "resource_id", "int"),
        ("resource_name", "resource_name", "str"),
        ("status", "status", "enum:UpdateManufacturingOrderOperationRowDtoStatus"),
        ("total_actual_time", "total_actual_time", "decimal"),
        ("type", "type_", "enum:UpdateManufacturingOrderOperationRowDtoType"),
    )
    assigned_operators: list[UpdateOperatorDto] | Unset = UNSET
    completed_by_operators: list[UpdateOperatorDto] | Unset = UNSET
    cost_parameter: Decimal | None | Unset = UNSET
    cost_per_hour: Decimal | None | Unset = UNSET
    operation_id: int | Unset = UNSET
    operation_name: str | Unset = UNSET
    planned_time_parameter: Decimal | None | Unset = UNSET
    planned_time_per_unit: Decimal | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET
    status: UpdateManufacturingOrderOperationRowDtoStatus | Unset = UNSET
    total_actual_time: Decimal | None | Unset = UNSET
    type_: UpdateManufacturingOrderOperationRowDtoType | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_manufacturing_order_operation_row_dto_status import (
    UpdateManufacturingOrderOperationRowDtoStatus,
)
from .update_manufacturing_order_operation_row_dto_type import (
    UpdateManufacturingOrderOperationRowDtoType,
)
from .update_operator_dto import UpdateOperatorDto
