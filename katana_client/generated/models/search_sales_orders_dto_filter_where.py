"""SearchSalesOrdersDtoFilterWhere: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_json_value,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "and",
        "created_at",
        "currency",
        "custom_fields",
        "customer_id",
        "customer_ref",
        "delivery_date",
        "ecommerce_order_id",
        "ecommerce_order_type",
        "ecommerce_store_name",
        "id",
        "ingredient_availability",
        "invoicing_status",
        "location_id",
        "or",
        "order_created_date",
        "order_no",
        "picked_date",
        "product_availability",
        "production_status",
        "source",
        "status",
        "tracking_number",
        "updated_at",
    }
)


@define(kw_only=True)
class SearchSalesOrdersDtoFilterWhere:
    """Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    and_: list[SearchSalesOrdersDtoFilterWhereAndItem] | Unset = UNSET
    created_at: Any | None | Unset = UNSET
    currency: Any | None | Unset = UNSET
    custom_fields: Any | None | Unset = UNSET
    customer_id: Any | None | Unset = UNSET
    customer_ref: Any | None | Unset = UNSET
    delivery_date: Any | None | Unset = UNSET
    ecommerce_order_id: Any | None | Unset = UNSET
    ecommerce_order_type: Any | None | Unset = UNSET
    ecommerce_store_name: Any | None | Unset = UNSET
    id: Any | None | Unset = UNSET
    ingredient_availability: Any | None | Unset = UNSET
    invoicing_status: Any | None | Unset = UNSET
    location_id: Any | None | Unset = UNSET
    or_: list[SearchSalesOrdersDtoFilterWhereOrItem] | Unset = UNSET
    order_created_date: Any | None | Unset = UNSET
    order_no: Any | None | Unset = UNSET
    picked_date: Any | None | Unset = UNSET
    product_availability: Any | None | Unset = UNSET
    production_status: Any | None | Unset = UNSET
    source: Any | None | Unset = UNSET
    status: Any | None | Unset = UNSET
    tracking_number: Any | None | Unset = UNSET
    updated_at: Any | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        if self.and_ is not UNSET:
            field_dict["and"] = to_json_value(self.and_)
        if self.created_at is not UNSET:
            field_dict["created_at"] = self.created_at
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = self.custom_fields
        if self.customer_id is not UNSET:
            field_dict["customer_id"] = self.customer_id
        if self.customer_ref is not UNSET:
            field_dict["customer_ref"] = self.customer_ref
        if self.delivery_date is not UNSET:
            field_dict["delivery_date"] = self.delivery_date
        if self.ecommerce_order_id is not UNSET:
            field_dict["ecommerce_order_id"] = self.ecommerce_order_id
        if self.ecommerce_order_type is not UNSET:
            field_dict["ecommerce_order_type"] = self.ecommerce_order_type
        if self.ecommerce_store_name is not UNSET:
            field_dict["ecommerce_store_name"] = self.ecommerce_store_name
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.ingredient_availability is not UNSET:
            field_dict["ingredient_availability"] = self.ingredient_availability
        if self.invoicing_status is not UNSET:
            field_dict["invoicing_status"] = self.invoicing_status
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.or_ is not UNSET:
            field_dict["or"] = to_json_value(self.or_)
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = self.order_created_date
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.picked_date is not UNSET:
            field_dict["picked_date"] = self.picked_date
        if self.product_availability is not UNSET:
            field_dict["product_availability"] = self.product_availability
        if self.production_status is not UNSET:
            field_dict["production_status"] = self.production_status
        if self.source is not UNSET:
            field_dict["source"] = self.source
        if self.status is not UNSET:
            field_dict["status"] = self.status
        if self.tracking_number is not UNSET:
            field_dict["tracking_number"] = self.tracking_number
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        get = src_dict.get
        _v = get("and", UNSET)
        _and_ = (
            [
                SearchSalesOrdersDtoFilterWhereAndItem.from_dict(_i0)
                if _i0.__class__ is dict
                else _i0
                for _i0 in _v
            ]
            if _v.__class__ is list
            else _v
        )
        _v = get("or", UNSET)
        _or_ = (
            [
                SearchSalesOrdersDtoFilterWhereOrItem.from_dict(_i0)
                if _i0.__class__ is dict
                else _i0
                for _i0 in _v
            ]
            if _v.__class__ is list
            else _v
        )
        obj = cls(
            and_=_and_,
            created_at=get("created_at", UNSET),
            currency=get("currency", UNSET),
            custom_fields=get("custom_fields", UNSET),
            customer_id=get("customer_id", UNSET),
            customer_ref=get("customer_ref", UNSET),
            delivery_date=get("delivery_date", UNSET),
            ecommerce_order_id=get("ecommerce_order_id", UNSET),
            ecommerce_order_type=get("ecommerce_order_type", UNSET),
            ecommerce_store_name=get("ecommerce_store_name", UNSET),
            id=get("id", UNSET),
            ingredient_availability=get("ingredient_availability", UNSET),
            invoicing_status=get("invoicing_status", UNSET),
            location_id=get("location_id", UNSET),
            or_=_or_,
            order_created_date=get("order_created_date", UNSET),
            order_no=get("order_no", UNSET),
            picked_date=get("picked_date", UNSET),
            product_availability=get("product_availability", UNSET),
            production_status=get("production_status", UNSET),
            source=get("source", UNSET),
            status=get("status", UNSET),
            tracking_number=get("tracking_number", UNSET),
            updated_at=get("updated_at", UNSET),
        )
        if not _KEYS.issuperset(src_dict):
            obj.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KEYS
            }
        return obj

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
from .search_sales_orders_dto_filter_where_and_item import SearchSalesOrdersDtoFilterWhereAndItem
from .search_sales_orders_dto_filter_where_or_item import SearchSalesOrdersDtoFilterWhereOrItem
