"""SerialNumber: a model of the Katana API (generated; do not edit)."""

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
        "failed",
        "id",
        "quantity_change",
        "resource_id",
        "resource_type",
        "serial_number",
        "successful",
        "transaction_date",
        "transaction_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class SerialNumber:
    """SerialNumber

    Derived from 11 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    failed: list[SerialNumberFailed] | None | Unset = UNSET
    id: int | None | Unset = UNSET
    quantity_change: Decimal | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: SerialNumberResourceType | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    successful: list[SerialNumberSuccessful] | None | Unset = UNSET
    transaction_date: datetime.datetime | None | Unset = UNSET
    transaction_id: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.failed is not UNSET:
            field_dict["failed"] = to_json_value(self.failed)
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.quantity_change is not UNSET:
            field_dict["quantity_change"] = self.quantity_change
        if self.resource_id is not UNSET:
            field_dict["resource_id"] = self.resource_id
        if self.resource_type is not UNSET:
            field_dict["resource_type"] = to_json_value(self.resource_type)
        if self.serial_number is not UNSET:
            field_dict["serial_number"] = self.serial_number
        if self.successful is not UNSET:
            field_dict["successful"] = to_json_value(self.successful)
        if self.transaction_date is not UNSET:
            field_dict["transaction_date"] = to_json_value(self.transaction_date)
        if self.transaction_id is not UNSET:
            field_dict["transaction_id"] = self.transaction_id
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
        _v = get("failed", UNSET)
        if _v.__class__ is list:
            _read_failed = SerialNumberFailed.from_dict
            _failed: list[Any] = []
            for _i in _v:
                _failed.append(_read_failed(_i) if _i.__class__ is dict else _i)
            _v = _failed
        obj.failed = _v
        _v = get("id", UNSET)
        obj.id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("quantity_change", UNSET)
        obj.quantity_change = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("resource_id", UNSET)
        obj.resource_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("resource_type", UNSET)
        obj.resource_type = to_enum(SerialNumberResourceType, _v)
        _v = get("serial_number", UNSET)
        obj.serial_number = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("successful", UNSET)
        if _v.__class__ is list:
            _read_successful = SerialNumberSuccessful.from_dict
            _successful: list[Any] = []
            for _i in _v:
                _successful.append(_read_successful(_i) if _i.__class__ is dict else _i)
            _v = _successful
        obj.successful = _v
        _v = get("transaction_date", UNSET)
        obj.transaction_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("transaction_id", UNSET)
        obj.transaction_id = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
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
from .serial_number_failed import SerialNumberFailed
from .serial_number_resource_type import SerialNumberResourceType
from .serial_number_successful import SerialNumberSuccessful
