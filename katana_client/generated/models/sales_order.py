"""SalesOrder: a model of the Katana API (generated; do not edit)."""

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
        "id",
        "additional_info",
        "addresses",
        "billing_address_id",
        "conversion_date",
        "conversion_rate",
        "created_at",
        "currency",
        "custom_fields",
        "customer_id",
        "customer_ref",
        "deleted_at",
        "delivery_date",
        "ecommerce_order_id",
        "ecommerce_order_type",
        "ecommerce_store_name",
        "ingredient_availability",
        "ingredient_expected_date",
        "invoicing_status",
        "linked_manufacturing_order_id",
        "location_id",
        "order_created_date",
        "order_no",
        "picked_date",
        "product_availability",
        "product_expected_date",
        "production_status",
        "sales_order_rows",
        "shipping_address_id",
        "shipping_fee",
        "source",
        "status",
        "total",
        "total_in_base_currency",
        "tracking_number",
        "tracking_number_url",
        "updated_at",
    }
)
_new = object.__new__


@define(kw_only=True)
class SalesOrder:
    """SalesOrder

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    id: int
    additional_info: str | None | Unset = UNSET
    addresses: list[SalesOrderAddress] | None | Unset = UNSET
    billing_address_id: int | None | Unset = UNSET
    conversion_date: datetime.datetime | None | Unset = UNSET
    conversion_rate: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    currency: str | None | Unset = UNSET
    custom_fields: SalesOrderCustomFields | None | Unset = UNSET
    customer_id: int | None | Unset = UNSET
    customer_ref: str | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    ecommerce_order_id: str | None | Unset = UNSET
    ecommerce_order_type: str | None | Unset = UNSET
    ecommerce_store_name: str | None | Unset = UNSET
    ingredient_availability: SalesOrderIngredientAvailability | None | Unset = UNSET
    ingredient_expected_date: datetime.datetime | None | Unset = UNSET
    invoicing_status: str | None | Unset = UNSET
    linked_manufacturing_order_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    order_created_date: datetime.datetime | None | Unset = UNSET
    order_no: str | None | Unset = UNSET
    picked_date: datetime.datetime | None | Unset = UNSET
    product_availability: SalesOrderProductAvailability | None | Unset = UNSET
    product_expected_date: datetime.datetime | None | Unset = UNSET
    production_status: SalesOrderProductionStatus | None | Unset = UNSET
    sales_order_rows: list[SalesOrderRow] | None | Unset = UNSET
    shipping_address_id: int | None | Unset = UNSET
    shipping_fee: SalesOrderShippingFee | None | Unset = UNSET
    source: str | None | Unset = UNSET
    status: SalesOrderStatus | None | Unset = UNSET
    total: Decimal | None | Unset = UNSET
    total_in_base_currency: Decimal | None | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_number_url: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["id"] = self.id
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.addresses is not UNSET:
            field_dict["addresses"] = to_json_value(self.addresses)
        if self.billing_address_id is not UNSET:
            field_dict["billing_address_id"] = self.billing_address_id
        if self.conversion_date is not UNSET:
            field_dict["conversion_date"] = to_json_value(self.conversion_date)
        if self.conversion_rate is not UNSET:
            field_dict["conversion_rate"] = self.conversion_rate
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
        if self.customer_id is not UNSET:
            field_dict["customer_id"] = self.customer_id
        if self.customer_ref is not UNSET:
            field_dict["customer_ref"] = self.customer_ref
        if self.deleted_at is not UNSET:
            field_dict["deleted_at"] = to_json_value(self.deleted_at)
        if self.delivery_date is not UNSET:
            field_dict["delivery_date"] = to_json_value(self.delivery_date)
        if self.ecommerce_order_id is not UNSET:
            field_dict["ecommerce_order_id"] = self.ecommerce_order_id
        if self.ecommerce_order_type is not UNSET:
            field_dict["ecommerce_order_type"] = self.ecommerce_order_type
        if self.ecommerce_store_name is not UNSET:
            field_dict["ecommerce_store_name"] = self.ecommerce_store_name
        if self.ingredient_availability is not UNSET:
            field_dict["ingredient_availability"] = to_json_value(self.ingredient_availability)
        if self.ingredient_expected_date is not UNSET:
            field_dict["ingredient_expected_date"] = to_json_value(self.ingredient_expected_date)
        if self.invoicing_status is not UNSET:
            field_dict["invoicing_status"] = self.invoicing_status
        if self.linked_manufacturing_order_id is not UNSET:
            field_dict["linked_manufacturing_order_id"] = self.linked_manufacturing_order_id
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = to_json_value(self.order_created_date)
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.picked_date is not UNSET:
            field_dict["picked_date"] = to_json_value(self.picked_date)
        if self.product_availability is not UNSET:
            field_dict["product_availability"] = to_json_value(self.product_availability)
        if self.product_expected_date is not UNSET:
            field_dict["product_expected_date"] = to_json_value(self.product_expected_date)
        if self.production_status is not UNSET:
            field_dict["production_status"] = to_json_value(self.production_status)
        if self.sales_order_rows is not UNSET:
            field_dict["sales_order_rows"] = to_json_value(self.sales_order_rows)
        if self.shipping_address_id is not UNSET:
            field_dict["shipping_address_id"] = self.shipping_address_id
        if self.shipping_fee is not UNSET:
            field_dict["shipping_fee"] = to_json_value(self.shipping_fee)
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.total is not UNSET:
            field_dict["total"] = self.total
        if self.total_in_base_currency is not UNSET:
            field_dict["total_in_base_currency"] = self.total_in_base_currency
        if self.tracking_number is not UNSET:
            field_dict["tracking_number"] = self.tracking_number
        if self.tracking_number_url is not UNSET:
            field_dict["tracking_number_url"] = self.tracking_number_url
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
        _v = get("additional_info", UNSET)
        obj.additional_info = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("addresses", UNSET)
        if _v.__class__ is list:
            _read_addresses = SalesOrderAddress.from_dict
            _addresses: list[Any] = []
            for _i in _v:
                _addresses.append(_read_addresses(_i) if _i.__class__ is dict else _i)
            _v = _addresses
        obj.addresses = _v
        _v = get("billing_address_id", UNSET)
        obj.billing_address_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("conversion_date", UNSET)
        obj.conversion_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("conversion_rate", UNSET)
        obj.conversion_rate = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("created_at", UNSET)
        obj.created_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("currency", UNSET)
        obj.currency = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("custom_fields", UNSET)
        obj.custom_fields = SalesOrderCustomFields.from_dict(_v) if _v.__class__ is dict else _v
        _v = get("customer_id", UNSET)
        obj.customer_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("customer_ref", UNSET)
        obj.customer_ref = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("deleted_at", UNSET)
        obj.deleted_at = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("delivery_date", UNSET)
        obj.delivery_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("ecommerce_order_id", UNSET)
        obj.ecommerce_order_id = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("ecommerce_order_type", UNSET)
        obj.ecommerce_order_type = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("ecommerce_store_name", UNSET)
        obj.ecommerce_store_name = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("ingredient_availability", UNSET)
        obj.ingredient_availability = to_enum(SalesOrderIngredientAvailability, _v)
        _v = get("ingredient_expected_date", UNSET)
        obj.ingredient_expected_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("invoicing_status", UNSET)
        obj.invoicing_status = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
        _v = get("linked_manufacturing_order_id", UNSET)
        obj.linked_manufacturing_order_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("location_id", UNSET)
        obj.location_id = _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        _v = get("order_created_date", UNSET)
        obj.order_created_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("order_no", UNSET)
        obj.order_no = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("picked_date", UNSET)
        obj.picked_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("product_availability", UNSET)
        obj.product_availability = to_enum(SalesOrderProductAvailability, _v)
        _v = get("product_expected_date", UNSET)
        obj.product_expected_date = to_datetime(_v) if _v.__class__ is str else _v
        _v = get("production_status", UNSET)
        obj.production_status = to_enum(SalesOrderProductionStatus, _v)
        _v = get("sales_order_rows", UNSET)
        if _v.__class__ is list:
            _read_sales_order_rows = SalesOrderRow.from_dict
            _sales_order_rows: list[Any] = []
            for _i in _v:
                _sales_order_rows.append(_read_sales_order_rows(_i) if _i.__class__ is dict else _i)
            _v = _sales_order_rows
        obj.sales_order_rows = _v
        _v = get("shipping_address_id", UNSET)
        obj.shipping_address_id = (
            _v if _v.__class__ is int or _v is None or _v is UNSET else to_int(_v)
        )
        _v = get("shipping_fee", UNSET)
        obj.shipping_fee = SalesOrderShippingFee.from_dict(_v) if _v.__class__ is dict else _v
        _v = get("source", UNSET)
        obj.source = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("status", UNSET)
        obj.status = to_enum(SalesOrderStatus, _v)
        _v = get("total", UNSET)
        obj.total = _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        _v = get("total_in_base_currency", UNSET)
        obj.total_in_base_currency = (
            _v if _v.__class__ is Decimal or _v is None or _v is UNSET else to_decimal(_v)
        )
        _v = get("tracking_number", UNSET)
        obj.tracking_number = _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        _v = get("tracking_number_url", UNSET)
        obj.tracking_number_url = (
            _v if _v.__class__ is str or _v is None or _v is UNSET else to_str(_v)
        )
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
from .sales_order_address import SalesOrderAddress
from .sales_order_custom_fields import SalesOrderCustomFields
from .sales_order_ingredient_availability import SalesOrderIngredientAvailability
from .sales_order_product_availability import SalesOrderProductAvailability
from .sales_order_production_status import SalesOrderProductionStatus
from .sales_order_row import SalesOrderRow
from .sales_order_shipping_fee import SalesOrderShippingFee
from .sales_order_status import SalesOrderStatus
