"""CreateSalesOrderRowWithSalesOrderIdDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_decimal,
    to_int,
    to_json_value,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "quantity",
        "sales_order_id",
        "variant_id",
        "attributes",
        "custom_fields",
        "location_id",
        "price_per_unit",
        "tax_rate_id",
        "total_discount",
    }
)
_new = object.__new__


@define(kw_only=True)
class CreateSalesOrderRowWithSalesOrderIdDto:
    """CreateSalesOrderRowWithSalesOrderIdDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    quantity: Decimal
    sales_order_id: int
    variant_id: int
    attributes: list[CreateSalesOrderRowAttributeDto] | Unset = UNSET
    custom_fields: CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0 | None | Unset = UNSET
    location_id: int | Unset = UNSET
    price_per_unit: Decimal | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    total_discount: Decimal | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.quantity is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["quantity"] = self.quantity
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.sales_order_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["sales_order_id"] = self.sales_order_id
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.variant_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["variant_id"] = self.variant_id
        if self.attributes is not UNSET:
            field_dict["attributes"] = to_json_value(self.attributes)
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.price_per_unit is not UNSET:
            field_dict["price_per_unit"] = self.price_per_unit
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.total_discount is not UNSET:
            field_dict["total_discount"] = self.total_discount
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
        _v = get("quantity", UNSET)
        obj.quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("sales_order_id", UNSET)
        obj.sales_order_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("variant_id", UNSET)
        obj.variant_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("attributes", UNSET)
        if _v.__class__ is list:
            _read_attributes = CreateSalesOrderRowAttributeDto.from_dict
            _attributes: list[Any] = []
            for _i in _v:
                _attributes.append(_read_attributes(_i) if _i.__class__ is dict else _i)
            _v = _attributes
        obj.attributes = _v
        _v = get("custom_fields", UNSET)
        obj.custom_fields = (
            CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0.from_dict(_v)
            if _v.__class__ is dict
            else _v
        )
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("price_per_unit", UNSET)
        obj.price_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("tax_rate_id", UNSET)
        obj.tax_rate_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("total_discount", UNSET)
        obj.total_discount = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
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


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_sales_order_row_attribute_dto import CreateSalesOrderRowAttributeDto
from .create_sales_order_row_with_sales_order_id_dto_custom_fields_type_0 import (
    CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0,
)
