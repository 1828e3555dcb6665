"""AddressWithinSalesOrderCreateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_enum,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "entity_type",
        "city",
        "company",
        "country",
        "first_name",
        "last_name",
        "line_1",
        "line_2",
        "phone",
        "state",
        "zip",
    }
)
_new = object.__new__


@define(kw_only=True)
class AddressWithinSalesOrderCreateDto:
    """AddressWithinSalesOrderCreateDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    entity_type: AddressWithinSalesOrderCreateDtoEntityType
    city: str | None | Unset = UNSET
    company: str | None | Unset = UNSET
    country: str | None | Unset = UNSET
    first_name: str | None | Unset = UNSET
    last_name: str | None | Unset = UNSET
    line_1: str | None | Unset = UNSET
    line_2: str | None | Unset = UNSET
    phone: str | None | Unset = UNSET
    state: str | None | Unset = UNSET
    zip_: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.entity_type is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["entity_type"] = to_json_value(self.entity_type)
        if self.city is not UNSET:
            field_dict["city"] = self.city
        if self.company is not UNSET:
            field_dict["company"] = self.company
        if self.country is not UNSET:
            field_dict["country"] = self.country
        if self.first_name is not UNSET:
            field_dict["first_name"] = self.first_name
        if self.last_name is not UNSET:
            field_dict["last_name"] = self.last_name
        if self.line_1 is not UNSET:
            field_dict["line_1"] = self.line_1
        if self.line_2 is not UNSET:
            field_dict["line_2"] = self.line_2
        if self.phone is not UNSET:
            field_dict["phone"] = self.phone
        if self.state is not UNSET:
            field_dict["state"] = self.state
        if self.zip_ is not UNSET:
            field_dict["zip"] = self.zip_
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
        _v = get("entity_type", UNSET)
        obj.entity_type = to_enum(AddressWithinSalesOrderCreateDtoEntityType, _v)
        _v = get("city", UNSET)
        obj.city = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("company", UNSET)
        obj.company = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("country", UNSET)
        obj.country = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("first_name", UNSET)
        obj.first_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("last_name", UNSET)
        obj.last_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("line_1", UNSET)
        obj.line_1 = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("line_2", UNSET)
        obj.line_2 = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("phone", UNSET)
        obj.phone = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("state", UNSET)
        obj.state = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("zip", UNSET)
        obj.zip_ = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
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
from .address_within_sales_order_create_dto_entity_type import (
    AddressWithinSalesOrderCreateDtoEntityType,
)
