"""UpdateStockAdjustmentDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_int,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "additional_info",
        "location_id",
        "reason",
        "stock_adjustment_date",
        "stock_adjustment_number",
    }
)
_new = object.__new__


@define(kw_only=True)
class UpdateStockAdjustmentDto:
    """UpdateStockAdjustmentDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    additional_info: str | None | Unset = UNSET
    location_id: int | Unset = UNSET
    reason: str | Unset = UNSET
    stock_adjustment_date: str | Unset = UNSET
    stock_adjustment_number: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.reason is not UNSET:
            field_dict["reason"] = self.reason
        if self.stock_adjustment_date is not UNSET:
            field_dict["stock_adjustment_date"] = self.stock_adjustment_date
        if self.stock_adjustment_number is not UNSET:
            field_dict["stock_adjustment_number"] = self.stock_adjustment_number
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
        _v = get("additional_info", UNSET)
        obj.additional_info = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("reason", UNSET)
        obj.reason = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("stock_adjustment_date", UNSET)
        obj.stock_adjustment_date = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("stock_adjustment_number", UNSET)
        obj.stock_adjustment_number = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
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
