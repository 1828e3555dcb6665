"""ManufacturingOrderOperationRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    ModelReader,
    Unset,
    loads_object,
    to_json_value,
)

# How each JSON key is read: (key, attribute, kind). `from_dict` reads with a reader
# compiled from this table for each key layout it meets (see `ModelReader`).
_READER = ModelReader(
    (
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
        ("planned_time_parameter", "planned_time_parameter", "int"),
        ("planned_time_per_unit", "planned_time_per_unit", "int"),
        ("rank", "rank", "int"),
        ("resource_id", "resource_id", "int"),
        ("resource_name", "resource_name", "str"),
        ("status", "status", "enum:ManufacturingOrderOperationRowStatus"),
        ("total_actual_cost", "total_actual_cost", "decimal"),
        ("total_actual_time", "total_actual_time", "decimal"),
        ("type", "type_", "enum:ManufacturingOrderOperationRowType"),
        ("updated_at", "updated_at", "datetime"),
    ),
    globals(),
)
_by_size = _READER.by_size
_learn = _READER.learn
_by_size_owned = _READER.by_size_owned
_learn_owned = _READER.learn_owned


@define(kw_only=True)
class ManufacturingOrderOperationRow:
    """ManufacturingOrderOperationRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

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
    planned_time_parameter: int | None | Unset = UNSET
    planned_time_per_unit: int | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_name: str | None | Unset = UNSET
    status: ManufacturingOrderOperationRowStatus | None | Unset = UNSET
    total_actual_cost: Decimal | None | Unset = UNSET
    total_actual_time: Decimal | None | Unset = UNSET
    type_: ManufacturingOrderOperationRowType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    if not TYPE_CHECKING:  # for mypy, a model has only the attributes declared above

        def __getattr__(self, name: str) -> Any:
            # `from_dict` leaves `additional_properties` unset when the JSON object has no
            # unknown key: its dict is made on first use, not for every object read.
            if name == "additional_properties":
                extra: dict[str, Any] = {}
                self.additional_properties = extra
                return extra
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.active_operator_id is not UNSET:
            field_dict["active_operator_id"] = self.active_operator_id
        if self.assigned_operators is not UNSET:
            field_dict["assigned_operators"] = to_json_value(self.assigned_operators)
        if self.completed_at is not UNSET:
            field_dict["completed_at"] = to_json_value(self.completed_at)
        if self.completed_by_operators is not UNSET:
            field_dict["completed_by_operators"] = to_json_value(self.completed_by_operators)
        if self.cost_parameter is not UNSET:
            field_dict["cost_parameter"] = self.cost_parameter
        if self.cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = self.cost_per_hour
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.group_boundary is not UNSET:
            field_dict["group_boundary"] = self.group_boundary
        if self.is_status_actionable is not UNSET:
            field_dict["is_status_actionable"] = self.is_status_actionable
        if self.manufacturing_order_id is not UNSET:
            field_dict["manufacturing_order_id"] = self.manufacturing_order_id
        if self.operation_id is not UNSET:
            field_dict["operation_id"] = self.operation_id
        if self.operation_name is not UNSET:
            field_dict["operation_name"] = self.operation_name
        if self.planned_cost_per_unit is not UNSET:
            field_dict["planned_cost_per_unit"] = self.planned_cost_per_unit
        if self.planned_time_parameter is not UNSET:
            field_dict["planned_time_parameter"] = self.planned_time_parameter
        if self.planned_time_per_unit is not UNSET:
            field_dict["planned_time_per_unit"] = self.planned_time_per_unit
        if self.rank is not UNSET:
            field_dict["rank"] = self.rank
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_name is not UNSET:
            field_dict["resource_name"] = self.resource_name
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.total_actual_cost is not UNSET:
            field_dict["total_actual_cost"] = self.total_actual_cost
        if self.total_actual_time is not UNSET:
            field_dict["total_actual_time"] = self.total_actual_time
        if self.type_ is not UNSET:
            field_dict["type"] = to_json_value(self.type_)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        # The reader for this object's keys, compiled on first sight and found by their
        # number: it takes the values in one go and knows which keys are missing or
        # unknown (see `ModelReader`).
        read = _by_size.get(len(src_dict)) if src_dict.__class__ is dict else None
        if read is None:
            read = _learn(src_dict)
        result: Self = read(cls, src_dict)
        return result

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Read a JSON document holding one object (a saved response body, a webhook
        payload) as tolerantly as `from_dict`; numbers with a fraction stay exact.

        Raises:
            ValueError: `content` is not JSON, or its top level is not an object.
        """
        return cls._from_owned(loads_object(content, cls))

    @classmethod
    def _from_owned(cls, data: dict[str, Any]) -> Self:
        # Decoded JSON that nobody else holds (a response body): read by the readers
        # that convert its lists in place instead of copying them (see `ModelReader`).
        read = _by_size_owned.get(len(data)) if data.__class__ is dict else None
        if read is None:
            read = _learn_owned(data)
        result: Self = read(cls, data)
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


_READER.bind(ManufacturingOrderOperationRow)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_operation_row_assigned_operator import (
    ManufacturingOrderOperationRowAssignedOperator,
)
from .manufacturing_order_operation_row_status import ManufacturingOrderOperationRowStatus
from .manufacturing_order_operation_row_type import ManufacturingOrderOperationRowType
