"""SalesOrderRow: a model of the Katana API (generated; do not edit)."""

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
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "id",
        "attributes",
        "batch_transactions",
        "conversion_date",
        "conversion_rate",
        "created_at",
        "custom_fields",
        "deleted_at",
        "linked_manufacturing_order_id",
        "location_id",
        "price_per_unit",
        "price_per_unit_in_base_currency",
        "product_availability",
        "product_expected_date",
        "quantity",
        "sales_order_id",
        "serial_numbers",
        "tax_rate_id",
        "total",
        "total_discount",
        "total_in_base_currency",
        "traceability",
        "updated_at",
        "variant",
        "variant_id",
    }
)
_new = object.__new__


@define(kw_only=True)
class SalesOrderRow:
    """SalesOrderRow

    Derived from 8 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    attributes: list[SalesOrderRowAttribute] | None | Unset = UNSET
    batch_transactions: list[SalesOrderRowBatchTransaction] | None | Unset = UNSET
    conversion_date: datetime.datetime | None | Unset = UNSET
    conversion_rate: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: SalesOrderRowCustomFields | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    linked_manufacturing_order_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    price_per_unit: Decimal | None | Unset = UNSET
    price_per_unit_in_base_currency: Decimal | None | Unset = UNSET
    product_availability: SalesOrderRowProductAvailability | None | Unset = UNSET
    product_expected_date: datetime.datetime | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    sales_order_id: int | None | Unset = UNSET
    serial_numbers: list[int] | None | Unset = UNSET
    tax_rate_id: int | None | Unset = UNSET
    total: Decimal | None | Unset = UNSET
    total_discount: Decimal | None | Unset = UNSET
    total_in_base_currency: Decimal | None | Unset = UNSET
    traceability: list[SalesOrderRowTraceability] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant: Variant | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.attributes is not UNSET:
            field_dict["attributes"] = to_json_value(self.attributes)
        if self.batch_transactions is not UNSET:
            field_dict["batch_transactions"] = to_json_value(self.batch_transactions)
        if self.conversion_date is not UNSET:
            field_dict["conversion_date"] = to_json_value(self.conversion_date)
        if self.conversion_rate is not UNSET:
            field_dict["conversion_rate"] = self.conversion_rate
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.linked_manufacturing_order_id is not UNSET:
            field_dict["linked_manufacturing_order_id"] = self.linked_manufacturing_order_id
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.price_per_unit is not UNSET:
            field_dict["price_per_unit"] = self.price_per_unit
        if self.price_per_unit_in_base_currency is not UNSET:
            field_dict["price_per_unit_in_base_currency"] = self.price_per_unit_in_base_currency
        if self.product_availability is not UNSET:
            field_dict["product_availability"] = to_json_value(self.product_availability)
        if self.product_expected_date is not UNSET:
            field_dict["product_expected_date"] = to_json_value(self.product_expected_date)
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.sales_order_id is not UNSET:
            field_dict["sales_order_id"] = self.sales_order_id
        if self.serial_numbers is not UNSET:
            field_dict["serial_numbers"] = to_json_value(self.serial_numbers)
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.total_discount is not UNSET:
            field_dict["total_discount"] = self.total_discount
        if self.total_in_base_currency is not UNSET:
            field_dict["total_in_base_currency"] = self.total_in_base_currency
        if self.traceability is not UNSET:
            field_dict["traceability"] = to_json_value(self.traceability)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.variant is not UNSET:
            field_dict["variant"] = to_json_value(self.variant)
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
        _v = get("id", UNSET)
        obj.id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("attributes", UNSET)
        if _v.__class__ is list:
            _read_attributes = SalesOrderRowAttribute.from_dict
            _attributes: list[Any] = []
            for _i in _v:
                _attributes.append(_read_attributes(_i) if _i.__class__ is dict else _i)
            _v = _attributes
        obj.attributes = _v
        _v = get("batch_transactions", UNSET)
        if _v.__class__ is list:
            _read_batch_transactions = SalesOrderRowBatchTransaction.from_dict
            _batch_transactions: list[Any] = []
            for _i in _v:
                _batch_transactions.append(
                    _read_batch_transactions(_i) if _i.__class__ is dict else _i
                )
            _v = _batch_transactions
        obj.batch_transactions = _v
        _v = get("conversion_date", UNSET)
        obj.conversion_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("conversion_rate", UNSET)
        obj.conversion_rate = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("custom_fields", UNSET)
        obj.custom_fields = SalesOrderRowCustomFields.from_dict(_v) if _v.__class__ is dict else _v
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("linked_manufacturing_order_id", UNSET)
        obj.linked_manufacturing_order_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("price_per_unit", UNSET)
        obj.price_per_unit = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("price_per_unit_in_base_currency", UNSET)
        obj.price_per_unit_in_base_currency = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("product_availability", UNSET)
        obj.product_availability = to_enum(SalesOrderRowProductAvailability, _v)
        _v = get("product_expected_date", UNSET)
        obj.product_expected_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("quantity", UNSET)
        obj.quantity = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("sales_order_id", UNSET)
        obj.sales_order_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("serial_numbers", UNSET)
        if _v.__class__ is list:
            _serial_numbers: list[Any] = []
            for _i in _v:
                _serial_numbers.append(
                    _i if _i.__class__ is int or _i is None or _i is UNSET else to_int(_i)
                )
            _v = _serial_numbers
        obj.serial_numbers = _v
        _v = get("tax_rate_id", UNSET)
        obj.tax_rate_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("total", UNSET)
        obj.total = _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        _v = get("total_discount", UNSET)
        obj.total_discount = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("total_in_base_currency", UNSET)
        obj.total_in_base_currency = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("traceability", UNSET)
        if _v.__class__ is list:
            _read_traceability = SalesOrderRowTraceability.from_dict
            _traceability: list[Any] = []
            for _i in _v:
                _traceability.append(_read_traceability(_i) if _i.__class__ is dict else _i)
            _v = _traceability
        obj.traceability = _v
        _v = get("updated_at", UNSET)
        obj.updated_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("variant", UNSET)
        obj.variant = Variant.from_dict(_v) if _v.__class__ is dict else _v
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


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_row_attribute import SalesOrderRowAttribute
from .sales_order_row_batch_transaction import SalesOrderRowBatchTransaction
from .sales_order_row_custom_fields import SalesOrderRowCustomFields
from .sales_order_row_product_availability import SalesOrderRowProductAvailability
from .sales_order_row_traceability import SalesOrderRowTraceability
from .variant import Variant
