"""InventorySafetyStockLevel: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_datetime,
    to_int,
    to_json_value,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "created_at",
        "location_id",
        "updated_at",
        "value",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class InventorySafetyStockLevel:
    """InventorySafetyStockLevel

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    created_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    value: int | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.value is not UNSET:
            field_dict["value"] = self.value
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
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("value", UNSET)
        obj.value = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
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
