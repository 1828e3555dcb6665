"""SearchSalesOrderRowsDtoFilterWhere: a model of the Katana API (generated; do not edit)."""

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
        ("and", "and_", "list[model:SearchSalesOrderRowsDtoFilterWhereAndItem]"),
        ("created_at", "created_at", "any"),
        ("currency", "currency", "any"),
        ("custom_fields", "custom_fields", "any"),
        ("delivery_date", "delivery_date", "any"),
        ("id", "id", "any"),
        ("location_id", "location_id", "any"),
        ("or", "or_", "list[model:SearchSalesOrderRowsDtoFilterWhereOrItem]"),
        ("price_per_unit", "price_per_unit", "any"),
        ("product_availability", "product_availability", "any"),
        ("quantity", "quantity", "any"),
        ("sales_order_id", "sales_order_id", "any"),
        ("shipping_date", "shipping_date", "any"),
        ("tax_rate", "tax_rate", "any"),
        ("tax_rate_id", "tax_rate_id", "any"),
        ("total_discount", "total_discount", "any"),
        ("updated_at", "updated_at", "any"),
        ("variant_id", "variant_id", "any"),
    ),
    globals(),
)
_by_size = _READER.by_size
_learn = _READER.learn
_by_size_owned = _READER.by_size_owned
_learn_owned = _READER.learn_owned


@define(kw_only=True)
class SearchSalesOrderRowsDtoFilterWhere:
    """SearchSalesOrderRowsDtoFilterWhere

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    and_: list[SearchSalesOrderRowsDtoFilterWhereAndItem] | Unset = UNSET
    created_at: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereCreatedAtType4 | None | Unset
    ) = UNSET
    currency: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereCurrencyType4 | None | Unset
    ) = UNSET
    custom_fields: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereCustomFieldsType4 | None | Unset
    ) = UNSET
    delivery_date: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereDeliveryDateType4 | None | Unset
    ) = UNSET
    id: str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereIdType4 | None | Unset = UNSET
    location_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereLocationIdType4 | None | Unset
    ) = UNSET
    or_: list[SearchSalesOrderRowsDtoFilterWhereOrItem] | Unset = UNSET
    price_per_unit: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWherePricePerUnitType4 | None | Unset
    ) = UNSET
    product_availability: (
        str
        | Decimal
        | bool
        | SearchSalesOrderRowsDtoFilterWhereProductAvailabilityType4
        | None
        | Unset
    ) = UNSET
    quantity: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereQuantityType4 | None | Unset
    ) = UNSET
    sales_order_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereSalesOrderIdType4 | None | Unset
    ) = UNSET
    shipping_date: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereShippingDateType4 | None | Unset
    ) = UNSET
    tax_rate: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereTaxRateType4 | None | Unset
    ) = UNSET
    tax_rate_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereTaxRateIdType4 | None | Unset
    ) = UNSET
    total_discount: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereTotalDiscountType4 | None | Unset
    ) = UNSET
    updated_at: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereUpdatedAtType4 | None | Unset
    ) = UNSET
    variant_id: (
        str | Decimal | bool | SearchSalesOrderRowsDtoFilterWhereVariantIdType4 | None | Unset
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
        if self.delivery_date is not UNSET:
            field_dict["delivery_date"] = to_json_value(self.delivery_date)
        if self.id is not UNSET:
            field_dict["id"] = to_json_value(self.id)
        if self.location_id is not UNSET:
            field_dict["location_id"] = to_json_value(self.location_id)
        if self.or_ is not UNSET:
            field_dict["or"] = to_json_value(self.or_)
        if self.price_per_unit is not UNSET:
            field_dict["price_per_unit"] = to_json_value(self.price_per_unit)
        if self.product_availability is not UNSET:
            field_dict["product_availability"] = to_json_value(self.product_availability)
        if self.quantity is not UNSET:
            field_dict["quantity"] = to_json_value(self.quantity)
        if self.sales_order_id is not UNSET:
            field_dict["sales_order_id"] = to_json_value(self.sales_order_id)
        if self.shipping_date is not UNSET:
            field_dict["shipping_date"] = to_json_value(self.shipping_date)
        if self.tax_rate is not UNSET:
            field_dict["tax_rate"] = to_json_value(self.tax_rate)
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = to_json_value(self.tax_rate_id)
        if self.total_discount is not UNSET:
            field_dict["total_discount"] = to_json_value(self.total_discount)
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = to_json_value(self.updated_at)
        if self.variant_id is not UNSET:
            field_dict["variant_id"] = to_json_value(self.variant_id)
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


_READER.bind(SearchSalesOrderRowsDtoFilterWhere)


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .search_sales_order_rows_dto_filter_where_and_item import (
    SearchSalesOrderRowsDtoFilterWhereAndItem,
)
from .search_sales_order_rows_dto_filter_where_created_at_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereCreatedAtType4,
)
from .search_sales_order_rows_dto_filter_where_currency_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereCurrencyType4,
)
from .search_sales_order_rows_dto_filter_where_custom_fields_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereCustomFieldsType4,
)
from .search_sales_order_rows_dto_filter_where_delivery_date_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereDeliveryDateType4,
)
from .search_sales_order_rows_dto_filter_where_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereIdType4,
)
from .search_sales_order_rows_dto_filter_where_location_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereLocationIdType4,
)
from .search_sales_order_rows_dto_filter_where_or_item import (
    SearchSalesOrderRowsDtoFilterWhereOrItem,
)
from .search_sales_order_rows_dto_filter_where_price_per_unit_type_4 import (
    SearchSalesOrderRowsDtoFilterWherePricePerUnitType4,
)
from .search_sales_order_rows_dto_filter_where_product_availability_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereProductAvailabilityType4,
)
from .search_sales_order_rows_dto_filter_where_quantity_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereQuantityType4,
)
from .search_sales_order_rows_dto_filter_where_sales_order_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereSalesOrderIdType4,
)
from .search_sales_order_rows_dto_filter_where_shipping_date_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereShippingDateType4,
)
from .search_sales_order_rows_dto_filter_where_tax_rate_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereTaxRateIdType4,
)
from .search_sales_order_rows_dto_filter_where_tax_rate_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereTaxRateType4,
)
from .search_sales_order_rows_dto_filter_where_total_discount_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereTotalDiscountType4,
)
from .search_sales_order_rows_dto_filter_where_updated_at_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereUpdatedAtType4,
)
from .search_sales_order_rows_dto_filter_where_variant_id_type_4 import (
    SearchSalesOrderRowsDtoFilterWhereVariantIdType4,
)
