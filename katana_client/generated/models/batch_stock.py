"""BatchStock: a model of the Katana API (generated; do not edit)."""

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
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "batch_barcode",
        "batch_created_date",
        "batch_id",
        "batch_number",
        "created_at",
        "expiration_date",
        "id",
        "location_id",
        "quantity_in_stock",
        "updated_at",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class BatchStock:
    """BatchStock

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    batch_barcode: str | None | Unset = UNSET
    batch_created_date: datetime.datetime | None | Unset = UNSET
    batch_id: int | None | Unset = UNSET
    batch_number: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    expiration_date: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    quantity_in_stock: Decimal | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.batch_barcode is not UNSET:
            field_dict["batch_barcode"] = self.batch_barcode
        if self.batch_created_date is not UNSET:
            field_dict["batch_created_date"] = to_json_value(self.batch_created_date)
        if self.batch_id is not UNSET:
            field_dict["batch_id"] = self.batch_id
        if self.batch_number is not UNSET:
            field_dict["batch_number"] = self.batch_number
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.expiration_date is not UNSET:
            field_dict["expiration_date"] = to_json_value(self.expiration_date)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.quantity_in_stock is not UNSET:
            field_dict["quantity_in_stock"] = self.quantity_in_stock
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
        # Filled slot by slot rather than through `cls(...)`: the attrs `__init__` costs a
        # keyword-argument call per object, a third of the time of reading a page. `obj`
        # is typed Any because a value no reader could convert is kept as it came.
        result: Self = _new(cls)
        obj: Any = result
        get = src_dict.get
        _v = get("batch_barcode", UNSET)
        obj.batch_barcode = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("batch_created_date", UNSET)
        obj.batch_created_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("batch_id", UNSET)
        obj.batch_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("batch_number", UNSET)
        obj.batch_number = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("expiration_date", UNSET)
        obj.expiration_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("id", UNSET)
        obj.id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("quantity_in_stock", UNSET)
        obj.quantity_in_stock = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
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
