"""VariantProductOrMaterialConfig: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "name",
        "product_id",
        "values",
    }
)
_new = object.__new__


@define(kw_only=True)
class VariantProductOrMaterialConfig:
    """VariantProductOrMaterialConfig

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    name: str | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.product_id is not UNSET:
            field_dict["product_id"] = self.product_id
        if self.values is not UNSET:
            field_dict["values"] = to_json_value(self.values)
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
        _v = get("name", UNSET)
        obj.name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("product_id", UNSET)
        obj.product_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("values", UNSET)
        if _v.__class__ is list:
            _values: list[Any] = []
            for _i in _v:
                _values.append(
                    _i if _i.__class__ is str or _i is None or _i is UNSET else to_str(_i)
                )
            _v = _values
        obj.values = _v
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
