"""InventoryMovement: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_datetime,
    to_decimal,
    to_enum,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "average_cost_after",
        "balance_after",
        "caused_by_order_no",
        "caused_by_resource_id",
        "created_at",
        "location_id",
        "movement_date",
        "quantity_change",
        "rank",
        "resource_id",
        "resource_type",
        "updated_at",
        "value_in_stock_after",
        "value_per_unit",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class InventoryMovement:
    """InventoryMovement

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    average_cost_after: Decimal | None | Unset = UNSET
    balance_after: Decimal | None | Unset = UNSET
    caused_by_order_no: str | None | Unset = UNSET
    caused_by_resource_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    movement_date: datetime.datetime | None | Unset = UNSET
    quantity_change: Decimal | None | Unset = UNSET
    rank: int | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: InventoryMovementResourceType | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    value_in_stock_after: Decimal | None | Unset = UNSET
    value_per_unit: Decimal | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.average_cost_after is not UNSET:
            field_dict["average_cost_after"] = self.average_cost_after
        if self.balance_after is not UNSET:
            field_dict["balance_after"] = self.balance_after
        if self.caused_by_order_no is not UNSET:
            field_dict["caused_by_order_no"] = self.caused_by_order_no
        if self.caused_by_resource_id is not UNSET:
            field_dict["caused_by_resource_id"] = self.caused_by_resource_id
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.movement_date is not UNSET:
            field_dict["movement_date"] = to_json_value(self.movement_date)
        if self.quantity_change is not UNSET:
            field_dict["quantity_change"] = self.quantity_change
        if self.rank is not UNSET:
            field_dict["rank"] = self.rank
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = to_json_value(self.resource_type)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.value_in_stock_after is not UNSET:
            field_dict["value_in_stock_after"] = self.value_in_stock_after
        if self.value_per_unit is not UNSET:
            field_dict["value_per_unit"] = self.value_per_unit
        if self.variant_id is not UNSET:
            field_dict["variant_id"] = self.variant_id
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
        _v = get("id", UNSET)
        obj.id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("average_cost_after", UNSET)
        obj.average_cost_after = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("balance_after", UNSET)
        obj.balance_after = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("caused_by_order_no", UNSET)
        obj.caused_by_order_no = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("caused_by_resource_id", UNSET)
        obj.caused_by_resource_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("movement_date", UNSET)
        obj.movement_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("quantity_change", UNSET)
        obj.quantity_change = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("rank", UNSET)
        obj.rank = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("resource_id", UNSET)
        obj.resource_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("resource_type", UNSET)
        obj.resource_type = to_enum(InventoryMovementResourceType, _v)
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("value_in_stock_after", UNSET)
        obj.value_in_stock_after = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("value_per_unit", UNSET)
        obj.value_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("variant_id", UNSET)
        obj.variant_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
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
from .inventory_movement_resource_type import InventoryMovementResourceType
