"""Variant: a model of the Katana API (generated; do not edit)."""

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
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "config_attributes",
        "created_at",
        "custom_fields",
        "default_cost",
        "deleted_at",
        "internal_barcode",
        "lead_time",
        "material_id",
        "minimum_order_quantity",
        "product_id",
        "product_or_material",
        "product_or_material_name",
        "purchase_price",
        "registered_barcode",
        "sales_price",
        "service_id",
        "sku",
        "supplier_item_codes",
        "type",
        "updated_at",
    }
)
_new = object.__new__


@define(kw_only=True)
class Variant:
    """Variant

    Derived from 21 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    config_attributes: list[VariantConfigAttribute] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: list[VariantCustomField] | None | Unset = UNSET
    default_cost: Decimal | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    internal_barcode: str | None | Unset = UNSET
    lead_time: int | None | Unset = UNSET
    material_id: int | None | Unset = UNSET
    minimum_order_quantity: Decimal | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    product_or_material: VariantProductOrMaterial | None | Unset = UNSET
    product_or_material_name: str | None | Unset = UNSET
    purchase_price: Decimal | None | Unset = UNSET
    registered_barcode: str | None | Unset = UNSET
    sales_price: Decimal | None | Unset = UNSET
    service_id: int | None | Unset = UNSET
    sku: str | None | Unset = UNSET
    supplier_item_codes: list[str] | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.config_attributes is not UNSET:
            field_dict["config_attributes"] = to_json_value(self.config_attributes)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
        if self.default_cost is not UNSET:
            field_dict["default_cost"] = self.default_cost
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.internal_barcode is not UNSET:
            field_dict["internal_barcode"] = self.internal_barcode
        if self.lead_time is not UNSET:
            field_dict["lead_time"] = self.lead_time
        if self.material_id is not UNSET:
            field_dict["material_id"] = self.material_id
        if self.minimum_order_quantity is not UNSET:
            field_dict["minimum_order_quantity"] = self.minimum_order_quantity
        if self.product_id is not UNSET:
            field_dict["product_id"] = self.product_id
        if self.product_or_material is not UNSET:
            field_dict["product_or_material"] = to_json_value(self.product_or_material)
        if self.product_or_material_name is not UNSET:
            field_dict["product_or_material_name"] = self.product_or_material_name
        if self.purchase_price is not UNSET:
            field_dict["purchase_price"] = self.purchase_price
        if self.registered_barcode is not UNSET:
            field_dict["registered_barcode"] = self.registered_barcode
        if self.sales_price is not UNSET:
            field_dict["sales_price"] = self.sales_price
        if self.service_id is not UNSET:
            field_dict["service_id"] = self.service_id
        if self.sku is not UNSET:
            field_dict["sku"] = self.sku
        if self.supplier_item_codes is not UNSET:
            field_dict["supplier_item_codes"] = to_json_value(self.supplier_item_codes)
        if self.type_ is not UNSET:
            field_dict["type"] = self.type_
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
        _v = get("config_attributes", UNSET)
        if _v.__class__ is list:
            _read_config_attributes = VariantConfigAttribute.from_dict
            _config_attributes: list[Any] = []
            for _i in _v:
                _config_attributes.append(
                    _read_config_attributes(_i) if _i.__class__ is dict else _i
                )
            _v = _config_attributes
        obj.config_attributes = _v
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("custom_fields", UNSET)
        if _v.__class__ is list:
            _read_custom_fields = VariantCustomField.from_dict
            _custom_fields: list[Any] = []
            for _i in _v:
                _custom_fields.append(_read_custom_fields(_i) if _i.__class__ is dict else _i)
            _v = _custom_fields
        obj.custom_fields = _v
        _v = get("default_cost", UNSET)
        obj.default_cost = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("internal_barcode", UNSET)
        obj.internal_barcode = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("lead_time", UNSET)
        obj.lead_time = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("material_id", UNSET)
        obj.material_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("minimum_order_quantity", UNSET)
        obj.minimum_order_quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("product_id", UNSET)
        obj.product_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("product_or_material", UNSET)
        obj.product_or_material = (
            VariantProductOrMaterial.from_dict(_v) if _v.__class__ is dict else _v
        )
        _v = get("product_or_material_name", UNSET)
        obj.product_or_material_name = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("purchase_price", UNSET)
        obj.purchase_price = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("registered_barcode", UNSET)
        obj.registered_barcode = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("sales_price", UNSET)
        obj.sales_price = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("service_id", UNSET)
        obj.service_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("sku", UNSET)
        obj.sku = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("supplier_item_codes", UNSET)
        if _v.__class__ is list:
            _supplier_item_codes: list[Any] = []
            for _i in _v:
                _supplier_item_codes.append(
                    _i if _i.__class__ is str or _i is None or _i is UNSET else to_str(_i)
                )
            _v = _supplier_item_codes
        obj.supplier_item_codes = _v
        _v = get("type", UNSET)
        obj.type_ = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
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
from .variant_config_attribute import VariantConfigAttribute
from .variant_custom_field import VariantCustomField
from .variant_product_or_material import VariantProductOrMaterial
