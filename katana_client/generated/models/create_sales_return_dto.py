"""CreateSalesReturnDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_date,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "return_location_id",
        "sales_order_id",
        "additional_info",
        "order_created_date",
        "order_no",
        "tracking_carrier",
        "tracking_method",
        "tracking_number",
        "tracking_number_url",
    }
)
_new = object.__new__


@define(kw_only=True)
class CreateSalesReturnDto:
    """CreateSalesReturnDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    return_location_id: int
    sales_order_id: int
    additional_info: str | Unset = UNSET
    order_created_date: datetime.date | Unset = UNSET
    order_no: str | Unset = UNSET
    tracking_carrier: str | None | Unset = UNSET
    tracking_method: str | None | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_number_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.return_location_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["return_location_id"] = self.return_location_id
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.sales_order_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["sales_order_id"] = self.sales_order_id
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = to_json_value(self.order_created_date)
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.tracking_carrier is not UNSET:
            field_dict["tracking_carrier"] = self.tracking_carrier
        if self.tracking_method is not UNSET:
            field_dict["tracking_method"] = self.tracking_method
        if self.tracking_number is not UNSET:
            field_dict["tracking_number"] = self.tracking_number
        if self.tracking_number_url is not UNSET:
            field_dict["tracking_number_url"] = self.tracking_number_url
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
        _v = get("return_location_id", UNSET)
        obj.return_location_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("sales_order_id", UNSET)
        obj.sales_order_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("additional_info", UNSET)
        obj.additional_info = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("order_created_date", UNSET)
        obj.order_created_date = to_date(_v) if _v.__class__ is str else _v
        _v = get("order_no", UNSET)
        obj.order_no = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("tracking_carrier", UNSET)
        obj.tracking_carrier = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("tracking_method", UNSET)
        obj.tracking_method = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("tracking_number", UNSET)
        obj.tracking_number = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("tracking_number_url", UNSET)
        obj.tracking_number_url = (
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
