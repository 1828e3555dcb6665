"""Inventory: a model of the Katana API (generated; do not edit)."""

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
    to_int,
    to_json_value,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "average_cost",
        "location",
        "location_id",
        "quantity_committed",
        "quantity_expected",
        "quantity_in_stock",
        "quantity_missing_or_excess",
        "quantity_potential",
        "reorder_point",
        "value_in_stock",
        "variant",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class Inventory:
    """Inventory

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    average_cost: Decimal | None | Unset = UNSET
    location: Location | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    quantity_committed: Decimal | None | Unset = UNSET
    quantity_expected: Decimal | None | Unset = UNSET
    quantity_in_stock: Decimal | None | Unset = UNSET
    quantity_missing_or_excess: Decimal | None | Unset = UNSET
    quantity_potential: Decimal | None | Unset = UNSET
    reorder_point: Decimal | None | Unset = UNSET
    value_in_stock: Decimal | None | Unset = UNSET
    variant: Variant | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.average_cost is not UNSET:
            field_dict["average_cost"] = self.average_cost
        if self.location is not UNSET:
            field_dict["location"] = to_json_value(self.location)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.quantity_committed is not UNSET:
            field_dict["quantity_committed"] = self.quantity_committed
        if self.quantity_expected is not UNSET:
            field_dict["quantity_expected"] = self.quantity_expected
        if self.quantity_in_stock is not UNSET:
            field_dict["quantity_in_stock"] = self.quantity_in_stock
        if self.quantity_missing_or_excess is not UNSET:
            field_dict["quantity_missing_or_excess"] = self.quantity_missing_or_excess
        if self.quantity_potential is not UNSET:
            field_dict["quantity_potential"] = self.quantity_potential
        if self.reorder_point is not UNSET:
            field_dict["reorder_point"] = self.reorder_point
        if self.value_in_stock is not UNSET:
            field_dict["value_in_stock"] = self.value_in_stock
        if self.variant is not UNSET:
            field_dict["variant"] = to_json_value(self.variant)
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
        _v = get("average_cost", UNSET)
        obj.average_cost = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("location", UNSET)
        obj.location = Location.from_dict(_v) if _v.__class__ is dict else _v
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("quantity_committed", UNSET)
        obj.quantity_committed = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity_expected", UNSET)
        obj.quantity_expected = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity_in_stock", UNSET)
        obj.quantity_in_stock = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity_missing_or_excess", UNSET)
        obj.quantity_missing_or_excess = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("quantity_potential", UNSET)
        obj.quantity_potential = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("reorder_point", UNSET)
        obj.reorder_point = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("value_in_stock", UNSET)
        obj.value_in_stock = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("variant", UNSET)
        obj.variant = Variant.from_dict(_v) if _v.__class__ is dict else _v
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
from .location import Location
from .variant import Variant
