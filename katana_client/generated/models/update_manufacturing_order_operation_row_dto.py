"""UpdateManufacturingOrderOperationRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_decimal,
    to_enum,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "assigned_operators",
        "completed_by_operators",
        "cost_parameter",
        "cost_per_hour",
        "operation_id",
        "operation_name",
        "planned_time_parameter",
        "planned_time_per_unit",
        "resource_id",
        "resource_name",
        "status",
        "total_actual_time",
        "type",
    }
)
_new = object.__new__


@define(kw_only=True)
class UpdateManufacturingOrderOperationRowDto:
    """UpdateManufacturingOrderOperationRowDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

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
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.assigned_operators is not UNSET:
            field_dict["assigned_operators"] = to_json_value(self.assigned_operators)
        if self.completed_by_operators is not UNSET:
            field_dict["completed_by_operators"] = to_json_value(self.completed_by_operators)
        if self.cost_parameter is not UNSET:
            field_dict["cost_parameter"] = self.cost_parameter
        if self.cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = self.cost_per_hour
        if self.operation_id is not UNSET:
            field_dict["operation_id"] = self.operation_id
        if self.operation_name is not UNSET:
            field_dict["operation_name"] = self.operation_name
        if self.planned_time_parameter is not UNSET:
            field_dict["planned_time_parameter"] = self.planned_time_parameter
        if self.planned_time_per_unit is not UNSET:
            field_dict["planned_time_per_unit"] = self.planned_time_per_unit
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_name is not UNSET:
            field_dict["resource_name"] = self.resource_name
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.total_actual_time is not UNSET:
            field_dict["total_actual_time"] = self.total_actual_time
        if self.type_ is not UNSET:
            field_dict["type"] = to_json_value(self.type_)
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        # Filled slot by slot rather than through `cls(...)`: the attrs `__init__` costs a
        # keyword-argument call per object, a third of the time of reading a page. `obj`
        # is typed Any because a value no reader could convert is kept as it came.
        result: Self = _new(cls)
        obj: Any = result
        get = src_dict.get
        _v = get("assigned_operators", UNSET)
        if _v.__class__ is list:
            _read_assigned_operators = UpdateOperatorDto.from_dict
            _assigned_operators: list[Any] = []
            for _i in _v:
                _assigned_operators.append(
                    _read_assigned_operators(_i) if _i.__class__ is dict else _i
                )
            _v = _assigned_operators
        obj.assigned_operators = _v
        _v = get("completed_by_operators", UNSET)
        if _v.__class__ is list:
            _read_completed_by_operators = UpdateOperatorDto.from_dict
            _completed_by_operators: list[Any] = []
            for _i in _v:
                _completed_by_operators.append(
                    _read_completed_by_operators(_i) if _i.__class__ is dict else _i
                )
            _v = _completed_by_operators
        obj.completed_by_operators = _v
        _v = get("cost_parameter", UNSET)
        obj.cost_parameter = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("cost_per_hour", UNSET)
        obj.cost_per_hour = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("operation_id", UNSET)
        obj.operation_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("operation_name", UNSET)
        obj.operation_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("planned_time_parameter", UNSET)
        obj.planned_time_parameter = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("planned_time_per_unit", UNSET)
        obj.planned_time_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("resource_id", UNSET)
        obj.resource_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("resource_name", UNSET)
        obj.resource_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("status", UNSET)
        obj.status = to_enum(UpdateManufacturingOrderOperationRowDtoStatus, _v)
        _v = get("total_actual_time", UNSET)
        obj.total_actual_time = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("type", UNSET)
        obj.type_ = to_enum(UpdateManufacturingOrderOperationRowDtoType, _v)
        obj.additional_properties = (
            {}
            if _KEYS.issuperset(src_dict)
            else {key: value for key, value in src_dict.items() if key not in _KEYS}
        )
        return result

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    @property
    def additional_keys(self) -> list[str]:
        """The unknown JSON keys kept from `from_dict` or set with `model[key] = value`."""
        return list(self.additional_properties)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_manufacturing_order_operation_row_dto_status import (
    UpdateManufacturingOrderOperationRowDtoStatus,
)
from .update_manufacturing_order_operation_row_dto_type import (
    UpdateManufacturingOrderOperationRowDtoType,
)
from .update_operator_dto import UpdateOperatorDto
