"""ManufacturingOrder: a model of the Katana API (generated; do not edit)."""

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
        ("actual_quantity", "actual_quantity", "decimal"),
        ("additional_info", "additional_info", "str"),
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:ManufacturingOrderRecipeRowBatchTransaction]",
        ),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("done_date", "done_date", "datetime"),
        ("ingredient_availability", "ingredient_availability", "str"),
        ("is_linked_to_sales_order", "is_linked_to_sales_order", "bool"),
        ("location_id", "location_id", "int"),
        ("material_cost", "material_cost", "decimal"),
        ("operations_cost", "operations_cost", "decimal"),
        ("order_created_date", "order_created_date", "datetime"),
        ("order_no", "order_no", "str"),
        ("planned_quantity", "planned_quantity", "decimal"),
        ("production_deadline_date", "production_deadline_date", "datetime"),
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
    ),
    globals(),
)
_by_size = _READER.by_size
_learn = _READER.learn
_by_size_owned = _READER.by_size_owned
_learn_owned = _READER.learn_owned


@define(kw_only=True)
class ManufacturingOrder:
    """ManufacturingOrder

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    actual_quantity: Decimal | None | Unset = UNSET
    additional_info: str | None | Unset = UNSET
    batch_transactions: list[ManufacturingOrderRecipeRowBatchTransaction] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    done_date: datetime.datetime | None | Unset = UNSET
    ingredient_availability: str | None | Unset = UNSET
    is_linked_to_sales_order: bool | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    material_cost: Decimal | None | Unset = UNSET
    operations_cost: Decimal | None | Unset = UNSET
    order_created_date: datetime.datetime | None | Unset = UNSET
    order_no: str | None | Unset = UNSET
    planned_quantity: Decimal | None | Unset = UNSET
    production_deadline_date: datetime.datetime | None | Unset = UNSET
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
        if self.actual_quantity is not UNSET:
            field_dict["actual_quantity"] = self.actual_quantity
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.batch_transactions is not UNSET:
            field_dict["batch_transactions"] = to_json_value(self.batch_transactions)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.done_date is not UNSET:
            field_dict["done_date"] = to_json_value(self.done_date)
        if self.ingredient_availability is not UNSET:
            field_dict["ingredient_availability"] = self.ingredient_availability
        if self.is_linked_to_sales_order is not UNSET:
            field_dict["is_linked_to_sales_order"] = self.is_linked_to_sales_order
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.material_cost is not UNSET:
            field_dict["material_cost"] = self.material_cost
        if self.operations_cost is not UNSET:
            field_dict["operations_cost"] = self.operations_cost
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = to_json_value(self.order_created_date)
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.planned_quantity is not UNSET:
            field_dict["planned_quantity"] = self.planned_quantity
        if self.production_deadline_date is not UNSET:
            field_dict["production_deadline_date"] = to_json_value(self.production_deadline_date)
        if self.sales_order_delivery_deadline is not UNSET:
            field_dict["sales_order_delivery_deadline"] = to_json_value(
                self.sales_order_delivery_deadline
            )
        if self.sales_order_id is not UNSET:
            field_dict["sales_order_id"] = self.sales_order_id
        if self.sales_order_row_id is not UNSET:
            field_dict["sales_order_row_id"] = self.sales_order_row_id
        if self.serial_numbers is not UNSET:
            field_dict["serial_numbers"] = to_json_value(self.serial_numbers)
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.subassemblies_cost is not UNSET:
            field_dict["subassemblies_cost"] = self.subassemblies_cost
        if self.total_actual_time is not UNSET:
            field_dict["total_actual_time"] = self.total_actual_time
        if self.total_cost is not UNSET:
            field_dict["total_cost"] = self.total_cost
        if self.total_planned_time is not UNSET:
            field_dict["total_planned_time"] = self.total_planned_time
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.variant_id is not UNSET:
            field_dict["variant_id"] = self.variant_id
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


_READER.bind(ManufacturingOrder)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .manufacturing_order_recipe_row_batch_transaction import (
    ManufacturingOrderRecipeRowBatchTransaction,
)
from .manufacturing_order_status import ManufacturingOrderStatus
from .serial_number import SerialNumber
