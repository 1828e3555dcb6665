"""Supplier: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

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
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "addresses",
        "comment",
        "created_at",
        "currency",
        "default_address_id",
        "deleted_at",
        "email",
        "name",
        "phone",
        "updated_at",
    }
)
_new = object.__new__


@define(kw_only=True)
class Supplier:
    """Supplier

    Derived from 9 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    addresses: list[SupplierAddress] | None | Unset = UNSET
    comment: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    default_address_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    email: str | None | Unset = UNSET
    name: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.addresses is not UNSET:
            field_dict["addresses"] = to_json_value(self.addresses)
        if self.comment is not UNSET:
            field_dict["comment"] = self.comment
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.default_address_id is not UNSET:
            field_dict["default_address_id"] = self.default_address_id
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.email is not UNSET:
            field_dict["email"] = self.email
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
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
        _v = get("addresses", UNSET)
        if _v.__class__ is list:
            _read_addresses = SupplierAddress.from_dict
            _addresses: list[Any] = []
            for _i in _v:
                _addresses.append(_read_addresses(_i) if _i.__class__ is dict else _i)
            _v = _addresses
        obj.addresses = _v
        _v = get("comment", UNSET)
        obj.comment = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("currency", UNSET)
        obj.currency = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("default_address_id", UNSET)
        obj.default_address_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("email", UNSET)
        obj.email = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("name", UNSET)
        obj.name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("phone", UNSET)
        obj.phone = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
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
from .supplier_address import SupplierAddress
