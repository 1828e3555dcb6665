"""CreateManufacturingOrderOperationRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateManufacturingOrderOperationRowDto(Model):
    """CreateManufacturingOrderOperationRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("manufacturing_order_id", "manufacturing_order_id", "int"),
        ("status", "status", "enum:CreateManufacturingOrderOperationRowDtoStatus"),
        ("assigned_operators", "assigned_operators", "list[model:CreateOperatorDto]"),
        ("cost_parameter", "cost_parameter", "decimal"),
        ("cost_per_hour", "cost_per_hour", "decimal"),
        ("operation_id", "operation_id", "int"),
        ("operation_name", "operation_name", "str"),
        ("planned_time_parameter", "planned_time_parameter", "decimal"),
        ("planned_time_per_unit", "planned_time_per_unit", "decimal"),
        ("resource_id", "resource_id", "int"),
        ("resource_name", "resource_name", "str"),
        ("type", "type_", "enum:CreateManufacturingOrderOperationRowDtoType"),
    )
    manufacturing_order_id: int
    status: CreateManufacturingOrderOperationRowDtoStatus
    assigned_operators: list[CreateOperatorDto] | Unset = UNSET
    cost_parameter: Decimal | Unset = UNSET
    cost_per_hour: Decimal | Unset = UNSET
    operation_id: int | Unset = UNSET
    operation_name: str | Unset = UNSET
    planned_time_parameter: Decimal | Unset = UNSET
    planned_time_per_unit: Decimal | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET
    type_: CreateManufacturingOrderOperationRowDtoType | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_manufacturing_order_operation_row_dto_status import (
    CreateManufacturingOrderOperationRowDtoStatus,
)
from .create_manufacturing_order_operation_row_dto_type import (
    CreateManufacturingOrderOperationRowDtoType,
)
from .create_operator_dto import CreateOperatorDto
