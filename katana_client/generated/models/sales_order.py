"""SalesOrder: a model of the Katana API (generated; do not edit)."""

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
        ("additional_info", "additional_info", "str"),
        ("addresses", "addresses", "list[model:SalesOrderAddress]"),
        ("billing_address_id", "billing_address_id", "int"),
        ("conversion_date", "conversion_date", "datetime"),
        ("conversion_rate", "conversion_rate", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("custom_fields", "custom_fields", "model:SalesOrderCustomFields"),
        ("customer_id", "customer_id", "int"),
        ("customer_ref", "customer_ref", "str"),
        ("deleted_at", "deleted_at", "datetime"),
        ("delivery_date", "delivery_date", "datetime"),
        ("ecommerce_order_id", "ecommerce_order_id", "str"),
        ("ecommerce_order_type", "ecommerce_order_type", "str"),
        ("ecommerce_store_name", "ecommerce_store_name", "str"),
        (
            "ingredient_availability",
            "ingredient_availability",
            "enum:SalesOrderIngredientAvailability",
        ),
        ("ingredient_expected_date", "ingredient_expected_date", "datetime"),
        ("invoicing_status", "invoicing_status", "str"),
        ("linked_manufacturing_order_id", "linked_manufacturing_order_id", "int"),
        ("location_id", "location_id", "int"),
        ("order_created_date", "order_created_date", "datetime"),
        ("order_no", "order_no", "str"),
        ("picked_date", "picked_date", "datetime"),
        ("product_availability", "product_availability", "enum:SalesOrderProductAvailability"),
        ("product_expected_date", "product_expected_date", "datetime"),
        ("production_status", "production_status", "enum:SalesOrderProductionStatus"),
        ("sales_order_rows", "sales_order_rows", "list[model:SalesOrderRow]"),
        ("shipping_address_id", "shipping_address_id", "int"),
        ("shipping_fee", "shipping_fee", "model:SalesOrderShippingFee"),
        ("source", "source", "str"),
        ("status", "status", "enum:SalesOrderStatus"),
        ("total", "total", "decimal"),
        ("total_in_base_currency", "total_in_base_currency", "decimal"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_number_url", "tracking_number_url", "str"),
        ("updated_at", "updated_at", "datetime"),
    ),
    globals(),
)
_by_size = _READER.by_size
_learn = _READER.learn
_by_size_owned = _READER.by_size_owned
_learn_owned = _READER.learn_owned


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


_READER.bind(SalesOrder)


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
