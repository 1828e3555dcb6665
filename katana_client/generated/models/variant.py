"""Variant: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from collections.abc import Mapping
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    ModelReader,
    Unset,
    loads_object,
    to_json_value,
)

# How each JSON key is read: (key, attribute, kind). `from_dict` reads with a reader
# compiled from this table for each key layout it meets (see `ModelReader`).
_READER = ModelReader(
    (
        ("id", "id", "int"),
        ("config_attributes", "config_attributes", "list[model:VariantConfigAttribute]"),
        ("created_at", "created_at", "datetime"),
        ("custom_fields", "custom_fields", "list[model:VariantCustomField]"),
        ("default_cost", "default_cost", "decimal"),
        ("deleted_at", "deleted_at", "datetime"),
        ("internal_barcode", "internal_barcode", "str"),
        ("lead_time", "lead_time", "int"),
        ("material_id", "material_id", "int"),
        ("minimum_order_quantity", "minimum_order_quantity", "decimal"),
        ("product_id", "product_id", "int"),
        ("product_or_material", "product_or_material", "model:VariantProductOrMaterial"),
        ("product_or_material_name", "product_or_material_name", "str"),
        ("purchase_price", "purchase_price", "decimal"),
        ("registered_barcode", "registered_barcode", "str"),
        ("sales_price", "sales_price", "decimal"),
        ("service_id", "service_id", "int"),
        ("sku", "sku", "str"),
        ("supplier_item_codes", "supplier_item_codes", "list[str]"),
        ("type", "type_", "str"),
        ("updated_at", "updated_at", "datetime"),
    ),
    globals(),
)
_by_size = _READER.by_size
_learn = _READER.learn
_by_size_owned = _READER.by_size_owned
_learn_owned = _READER.learn_owned


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

    if not TYPE_CHECKING:  # for mypy, a model has only the attributes declared above

        def __getattr__(self, name: str) -> Any:
            # `from_dict` leaves `additional_properties` unset when the JSON object has no
            # unknown key: its dict is made on first use, not for every object read.
            if name == "additional_properties":
                extra: dict[str, Any] = {}
                self.additional_properties = extra
                return extra
            raise AttributeError(
                f"{type(self).__name__!r} object has no attribute {name!r}", name=name, obj=self
            )

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
        # The reader for this object's keys, compiled on first sight and found by their
        # number: it takes the values in one go and knows which keys are missing or
        # unknown (see `ModelReader`).
        read = _by_size.get(len(src_dict)) if src_dict.__class__ is dict else None
        if read is None:
            read = _learn(src_dict)
        result: Self = read(cls, src_dict)
        return result

    @classmethod
    def from_json(cls, content: bytes | str) -> Self:
        """Read a JSON document holding one object (a saved response body, a webhook
        payload) as tolerantly as `from_dict`; numbers with a fraction stay exact.

        Raises:
            ValueError: `content` is not JSON, or its top level is not an object.
        """
        return cls._from_owned(loads_object(content, cls))

    @classmethod
    def _from_owned(cls, data: dict[str, Any]) -> Self:
        # Decoded JSON that nobody else holds (a response body): read by the readers
        # that convert its lists in place instead of copying them (see `ModelReader`).
        read = _by_size_owned.get(len(data)) if data.__class__ is dict else None
        if read is None:
            read = _learn_owned(data)
        result: Self = read(cls, data)
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


_READER.bind(Variant)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .variant_config_attribute import VariantConfigAttribute
from .variant_custom_field import VariantCustomField
from .variant_product_or_material import VariantProductOrMaterial
