"""VariantProductOrMaterial: a model of the Katana API (generated; do not edit)."""

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
    to_bool,
    to_datetime,
    to_decimal,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "additional_info",
        "batch_tracked",
        "category_name",
        "configs",
        "created_at",
        "default_supplier_id",
        "is_producible",
        "is_purchasable",
        "name",
        "purchase_uom",
        "purchase_uom_conversion_rate",
        "type",
        "uom",
        "updated_at",
        "variants",
    }
)
_new = object.__new__


@define(kw_only=True)
class VariantProductOrMaterial:
    """VariantProductOrMaterial

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    additional_info: str | None | Unset = UNSET
    batch_tracked: bool | None | Unset = UNSET
    category_name: str | None | Unset = UNSET
    configs: list[VariantProductOrMaterialConfig] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    default_supplier_id: int | None | Unset = UNSET
    is_producible: bool | None | Unset = UNSET
    is_purchasable: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    uom: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variants: list[Variant] | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.batch_tracked is not UNSET:
            field_dict["batch_tracked"] = self.batch_tracked
        if self.category_name is not UNSET:
            field_dict["category_name"] = self.category_name
        if self.configs is not UNSET:
            field_dict["configs"] = to_json_value(self.configs)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.default_supplier_id is not UNSET:
            field_dict["default_supplier_id"] = self.default_supplier_id
        if self.is_producible is not UNSET:
            field_dict["is_producible"] = self.is_producible
        if self.is_purchasable is not UNSET:
            field_dict["is_purchasable"] = self.is_purchasable
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.purchase_uom is not UNSET:
            field_dict["purchase_uom"] = self.purchase_uom
        if self.purchase_uom_conversion_rate is not UNSET:
            field_dict["purchase_uom_conversion_rate"] = self.purchase_uom_conversion_rate
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
        if self.uom is not UNSET:
            field_dict["uom"] = self.uom
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.variants is not UNSET:
            field_dict["variants"] = to_json_value(self.variants)
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
        _v = get("additional_info", UNSET)
        obj.additional_info = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("batch_tracked", UNSET)
        obj.batch_tracked = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("category_name", UNSET)
        obj.category_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("configs", UNSET)
        if _v.__class__ is list:
            _read_configs = VariantProductOrMaterialConfig.from_dict
            _configs: list[Any] = []
            for _i in _v:
                _configs.append(_read_configs(_i) if _i.__class__ is dict else _i)
            _v = _configs
        obj.configs = _v
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("default_supplier_id", UNSET)
        obj.default_supplier_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("is_producible", UNSET)
        obj.is_producible = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("is_purchasable", UNSET)
        obj.is_purchasable = (
            _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        )
        _v = get("name", UNSET)
        obj.name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_uom", UNSET)
        obj.purchase_uom = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_uom_conversion_rate", UNSET)
        obj.purchase_uom_conversion_rate = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("type", UNSET)
        obj.type_ = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("uom", UNSET)
        obj.uom = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("variants", UNSET)
        if _v.__class__ is list:
            _read_variants = Variant.from_dict
            _variants: list[Any] = []
            for _i in _v:
                _variants.append(_read_variants(_i) if _i.__class__ is dict else _i)
            _v = _variants
        obj.variants = _v
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
from .variant import Variant
from .variant_product_or_material_config import VariantProductOrMaterialConfig
