"""MaterialUpdateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_bool,
    to_decimal,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "additional_info",
        "batch_tracked",
        "category_name",
        "configs",
        "custom_field_collection_id",
        "default_supplier_id",
        "is_archived",
        "is_sellable",
        "name",
        "purchase_uom",
        "purchase_uom_conversion_rate",
        "uom",
    }
)
_new = object.__new__


@define(kw_only=True)
class MaterialUpdateDto:
    """MaterialUpdateDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    additional_info: str | None | Unset = UNSET
    batch_tracked: bool | Unset = UNSET
    category_name: str | None | Unset = UNSET
    configs: list[ItemVariantConfigDto] | Unset = UNSET
    custom_field_collection_id: Decimal | None | Unset = UNSET
    default_supplier_id: int | None | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_sellable: bool | Unset = UNSET
    name: str | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: int | None | Unset = UNSET
    uom: str | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.batch_tracked is not UNSET:
            field_dict["batch_tracked"] = self.batch_tracked
        if self.category_name is not UNSET:
            field_dict["category_name"] = self.category_name
        if self.configs is not UNSET:
            field_dict["configs"] = to_json_value(self.configs)
        if self.custom_field_collection_id is not UNSET:
            field_dict["custom_field_collection_id"] = self.custom_field_collection_id
        if self.default_supplier_id is not UNSET:
            field_dict["default_supplier_id"] = self.default_supplier_id
        if self.is_archived is not UNSET:
            field_dict["is_archived"] = self.is_archived
        if self.is_sellable is not UNSET:
            field_dict["is_sellable"] = self.is_sellable
        if self.name is not UNSET:
            field_dict["name"] = self.name
        if self.purchase_uom is not UNSET:
            field_dict["purchase_uom"] = self.purchase_uom
        if self.purchase_uom_conversion_rate is not UNSET:
            field_dict["purchase_uom_conversion_rate"] = self.purchase_uom_conversion_rate
        if self.uom is not UNSET:
            field_dict["uom"] = self.uom
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
        _v = get("batch_tracked", UNSET)
        obj.batch_tracked = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("category_name", UNSET)
        obj.category_name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("configs", UNSET)
        if _v.__class__ is list:
            _read_configs = ItemVariantConfigDto.from_dict
            _configs: list[Any] = []
            for _i in _v:
                _configs.append(_read_configs(_i) if _i.__class__ is dict else _i)
            _v = _configs
        obj.configs = _v
        _v = get("custom_field_collection_id", UNSET)
        obj.custom_field_collection_id = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("default_supplier_id", UNSET)
        obj.default_supplier_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("is_archived", UNSET)
        obj.is_archived = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("is_sellable", UNSET)
        obj.is_sellable = _v if _v.__class__ is bool or _v is None or _v is UNSET else to_bool(_v)
        _v = get("name", UNSET)
        obj.name = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_uom", UNSET)
        obj.purchase_uom = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("purchase_uom_conversion_rate", UNSET)
        obj.purchase_uom_conversion_rate = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("uom", UNSET)
        obj.uom = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
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
from .item_variant_config_dto import ItemVariantConfigDto
