"""SearchSalesOrdersDtoFilterWhere: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

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
        ("and", "and_", "list[model:SearchSalesOrdersDtoFilterWhereAndItem]"),
        ("created_at", "created_at", "any"),
        ("currency", "currency", "any"),
        ("custom_fields", "custom_fields", "any"),
        ("customer_id", "customer_id", "any"),
        ("customer_ref", "customer_ref", "any"),
        ("delivery_date", "delivery_date", "any"),
        ("ecommerce_order_id", "ecommerce_order_id", "any"),
        ("ecommerce_order_type", "ecommerce_order_type", "any"),
        ("ecommerce_store_name", "ecommerce_store_name", "any"),
        ("id", "id", "any"),
        ("ingredient_availability", "ingredient_availability", "any"),
        ("invoicing_status", "invoicing_status", "any"),
        ("location_id", "location_id", "any"),
        ("or", "or_", "list[model:SearchSalesOrdersDtoFilterWhereOrItem]"),
        ("order_created_date", "order_created_date", "any"),
        ("order_no", "order_no", "any"),
        ("picked_date", "picked_date", "any"),
        ("product_availability", "product_availability", "any"),
        ("production_status", "production_status", "any"),
        ("source", "source", "any"),
        ("status", "status", "any"),
        ("tracking_number", "tracking_number", "any"),
        ("updated_at", "updated_at", "any"),
    ),
    globals(),
)
_by_size = _READER.by_size
_learn = _READER.learn
_by_size_owned = _READER.by_size_owned
_learn_owned = _READER.learn_owned


@define(kw_only=True)
class SearchSalesOrdersDtoFilterWhere:
    """SearchSalesOrdersDtoFilterWhere

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    and_: list[SearchSalesOrdersDtoFilterWhereAndItem] | Unset = UNSET
    created_at: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCreatedAtType4 | None | Unset
    ) = UNSET
    currency: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCurrencyType4 | None | Unset = (
        UNSET
    )
    custom_fields: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCustomFieldsType4 | None | Unset
    ) = UNSET
    customer_id: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCustomerIdType4 | None | Unset
    ) = UNSET
    customer_ref: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereCustomerRefType4 | None | Unset
    ) = UNSET
    delivery_date: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereDeliveryDateType4 | None | Unset
    ) = UNSET
    ecommerce_order_id: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereEcommerceOrderIdType4 | None | Unset
    ) = UNSET
    ecommerce_order_type: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereEcommerceOrderTypeType4 | None | Unset
    ) = UNSET
    ecommerce_store_name: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereEcommerceStoreNameType4 | None | Unset
    ) = UNSET
    id: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereIdType4 | None | Unset = UNSET
    ingredient_availability: (
        str
        | Decimal
        | bool
        | SearchSalesOrdersDtoFilterWhereIngredientAvailabilityType4
        | None
        | Unset
    ) = UNSET
    invoicing_status: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereInvoicingStatusType4 | None | Unset
    ) = UNSET
    location_id: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereLocationIdType4 | None | Unset
    ) = UNSET
    or_: list[SearchSalesOrdersDtoFilterWhereOrItem] | Unset = UNSET
    order_created_date: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereOrderCreatedDateType4 | None | Unset
    ) = UNSET
    order_no: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereOrderNoType4 | None | Unset = (
        UNSET
    )
    picked_date: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWherePickedDateType4 | None | Unset
    ) = UNSET
    product_availability: (
        str
        | Decimal
        | bool
        | SearchSalesOrdersDtoFilterWhereProductAvailabilityType4
        | None
        | Unset
    ) = UNSET
    production_status: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereProductionStatusType4 | None | Unset
    ) = UNSET
    source: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereSourceType4 | None | Unset = UNSET
    status: str | Decimal | bool | SearchSalesOrdersDtoFilterWhereStatusType4 | None | Unset = UNSET
    tracking_number: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereTrackingNumberType4 | None | Unset
    ) = UNSET
    updated_at: (
        str | Decimal | bool | SearchSalesOrdersDtoFilterWhereUpdatedAtType4 | None | Unset
    ) = UNSET
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
        if self.and_ is not UNSET:
            field_dict["and"] = to_json_value(self.and_)
        if self.created_at is not UNSET:
            field_dict["created_at"] = to_json_value(self.created_at)
        if self.currency is not UNSET:
            field_dict["currency"] = to_json_value(self.currency)
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
        if self.customer_id is not UNSET:
            field_dict["customer_id"] = to_json_value(self.customer_id)
        if self.customer_ref is not UNSET:
            field_dict["customer_ref"] = to_json_value(self.customer_ref)
        if self.delivery_date is not UNSET:
            field_dict["delivery_date"] = to_json_value(self.delivery_date)
        if self.ecommerce_order_id is not UNSET:
            field_dict["ecommerce_order_id"] = to_json_value(self.ecommerce_order_id)
        if self.ecommerce_order_type is not UNSET:
            field_dict["ecommerce_order_type"] = to_json_value(self.ecommerce_order_type)
        if self.ecommerce_store_name is not UNSET:
            field_dict["ecommerce_store_name"] = to_json_value(self.ecommerce_store_name)
        if self.id is not UNSET:
            field_dict["id"] = to_json_value(self.id)
        if self.ingredient_availability is not UNSET:
            field_dict["ingredient_availability"] = to_json_value(self.ingredient_availability)
        if self.invoicing_status is not UNSET:
            field_dict["invoicing_status"] = to_json_value(self.invoicing_status)
        if self.location_id is not UNSET:
            field_dict["location_id"] = to_json_value(self.location_id)
        if self.or_ is not UNSET:
            field_dict["or"] = to_json_value(self.or_)
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = to_json_value(self.order_created_date)
        if self.order_no is not UNSET:
            field_dict["order_no"] = to_json_value(self.order_no)
        if self.picked_date is not UNSET:
            field_dict["picked_date"] = to_json_value(self.picked_date)
        if self.product_availability is not UNSET:
            field_dict["product_availability"] = to_json_value(self.product_availability)
        if self.production_status is not UNSET:
            field_dict["production_status"] = to_json_value(self.production_status)
        if self.source is not UNSET:
            field_dict["source"] = to_json_value(self.source)
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.tracking_number is not UNSET:
            field_dict["tracking_number"] = to_json_value(self.tracking_number)
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


_READER.bind(SearchSalesOrdersDtoFilterWhere)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .search_sales_orders_dto_filter_where_and_item import SearchSalesOrdersDtoFilterWhereAndItem
from .search_sales_orders_dto_filter_where_created_at_type_4 import (
    SearchSalesOrdersDtoFilterWhereCreatedAtType4,
)
from .search_sales_orders_dto_filter_where_currency_type_4 import (
    SearchSalesOrdersDtoFilterWhereCurrencyType4,
)
from .search_sales_orders_dto_filter_where_custom_fields_type_4 import (
    SearchSalesOrdersDtoFilterWhereCustomFieldsType4,
)
from .search_sales_orders_dto_filter_where_customer_id_type_4 import (
    SearchSalesOrdersDtoFilterWhereCustomerIdType4,
)
from .search_sales_orders_dto_filter_where_customer_ref_type_4 import (
    SearchSalesOrdersDtoFilterWhereCustomerRefType4,
)
from .search_sales_orders_dto_filter_where_delivery_date_type_4 import (
    SearchSalesOrdersDtoFilterWhereDeliveryDateType4,
)
from .search_sales_orders_dto_filter_where_ecommerce_order_id_type_4 import (
    SearchSalesOrdersDtoFilterWhereEcommerceOrderIdType4,
)
from .search_sales_orders_dto_filter_where_ecommerce_order_type_type_4 import (
    SearchSalesOrdersDtoFilterWhereEcommerceOrderTypeType4,
)
from .search_sales_orders_dto_filter_where_ecommerce_store_name_type_4 import (
    SearchSalesOrdersDtoFilterWhereEcommerceStoreNameType4,
)
from .search_sales_orders_dto_filter_where_id_type_4 import SearchSalesOrdersDtoFilterWhereIdType4
from .search_sales_orders_dto_filter_where_ingredient_availability_type_4 import (
    SearchSalesOrdersDtoFilterWhereIngredientAvailabilityType4,
)
from .search_sales_orders_dto_filter_where_invoicing_status_type_4 import (
    SearchSalesOrdersDtoFilterWhereInvoicingStatusType4,
)
from .search_sales_orders_dto_filter_where_location_id_type_4 import (
    SearchSalesOrdersDtoFilterWhereLocationIdType4,
)
from .search_sales_orders_dto_filter_where_or_item import SearchSalesOrdersDtoFilterWhereOrItem
from .search_sales_orders_dto_filter_where_order_created_date_type_4 import (
    SearchSalesOrdersDtoFilterWhereOrderCreatedDateType4,
)
from .search_sales_orders_dto_filter_where_order_no_type_4 import (
    SearchSalesOrdersDtoFilterWhereOrderNoType4,
)
from .search_sales_orders_dto_filter_where_picked_date_type_4 import (
    SearchSalesOrdersDtoFilterWherePickedDateType4,
)
from .search_sales_orders_dto_filter_where_product_availability_type_4 import (
    SearchSalesOrdersDtoFilterWhereProductAvailabilityType4,
)
from .search_sales_orders_dto_filter_where_production_status_type_4 import (
    SearchSalesOrdersDtoFilterWhereProductionStatusType4,
)
from .search_sales_orders_dto_filter_where_source_type_4 import (
    SearchSalesOrdersDtoFilterWhereSourceType4,
)
from .search_sales_orders_dto_filter_where_status_type_4 import (
    SearchSalesOrdersDtoFilterWhereStatusType4,
)
from .search_sales_orders_dto_filter_where_tracking_number_type_4 import (
    SearchSalesOrdersDtoFilterWhereTrackingNumberType4,
)
from .search_sales_orders_dto_filter_where_updated_at_type_4 import (
    SearchSalesOrdersDtoFilterWhereUpdatedAtType4,
)
