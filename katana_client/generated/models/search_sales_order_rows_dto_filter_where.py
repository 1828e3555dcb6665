"""SearchSalesOrderRowsDtoFilterWhere: a model of the Katana API (generated; do not edit)."""

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
        "delivery_date",
        "id",
        "location_id",
        "or",
        "price_per_unit",
        "product_availability",
        "quantity",
        "sales_order_id",
        "shipping_date",
        "tax_rate",
        "tax_rate_id",
        "total_discount",
        "updated_at",
        "variant_id",
    }
)


@define(kw_only=True)
class SearchSalesOrderRowsDtoFilterWhere:
    """Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    and_: list[SearchSalesOrderRowsDtoFilterWhereAndItem] | Unset = UNSET
    created_at: Any | None | Unset = UNSET
    currency: Any | None | Unset = UNSET
    custom_fields: Any | None | Unset = UNSET
    delivery_date: Any | None | Unset = UNSET
    id: Any | None | Unset = UNSET
    location_id: Any | None | Unset = UNSET
    or_: list[SearchSalesOrderRowsDtoFilterWhereOrItem] | Unset = UNSET
    price_per_unit: Any | None | Unset = UNSET
    product_availability: Any | None | Unset = UNSET
    quantity: Any | None | Unset = UNSET
    sales_order_id: Any | None | Unset = UNSET
    shipping_date: Any | None | Unset = UNSET
    tax_rate: Any | None | Unset = UNSET
    tax_rate_id: Any | None | Unset = UNSET
    total_discount: Any | None | Unset = UNSET
    updated_at: Any | None | Unset = UNSET
    variant_id: Any | None | Unset = UNSET
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
        if self.delivery_date is not UNSET:
            field_dict["delivery_date"] = self.delivery_date
        if self.id is not UNSET:
            field_dict["id"] = self.id
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.or_ is not UNSET:
            field_dict["or"] = to_json_value(self.or_)
        if self.price_per_unit is not UNSET:
            field_dict["price_per_unit"] = self.price_per_unit
        if self.product_availability is not UNSET:
            field_dict["product_availability"] = self.product_availability
        if self.quantity is not UNSET:
            field_dict["quantity"] = self.quantity
        if self.sales_order_id is not UNSET:
            field_dict["sales_order_id"] = self.sales_order_id
        if self.shipping_date is not UNSET:
            field_dict["shipping_date"] = self.shipping_date
        if self.tax_rate is not UNSET:
            field_dict["tax_rate"] = self.tax_rate
        if self.tax_rate_id is not UNSET:
            field_dict["tax_rate_id"] = self.tax_rate_id
        if self.total_discount is not UNSET:
            field_dict["total_discount"] = self.total_discount
        if self.updated_at is not UNSET:
            field_dict["updated_at"] = self.updated_at
        if self.variant_id is not UNSET:
            field_dict["variant_id"] = self.variant_id
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
                SearchSalesOrderRowsDtoFilterWhereAndItem.from_dict(_i0)
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
                SearchSalesOrderRowsDtoFilterWhereOrItem.from_dict(_i0)
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
            delivery_date=get("delivery_date", UNSET),
            id=get("id", UNSET),
            location_id=get("location_id", UNSET),
            or_=_or_,
            price_per_unit=get("price_per_unit", UNSET),
            product_availability=get("product_availability", UNSET),
            quantity=get("quantity", UNSET),
            sales_order_id=get("sales_order_id", UNSET),
            shipping_date=get("shipping_date", UNSET),
            tax_rate=get("tax_rate", UNSET),
            tax_rate_id=get("tax_rate_id", UNSET),
            total_discount=get("total_discount", UNSET),
            updated_at=get("updated_at", UNSET),
            variant_id=get("variant_id", UNSET),
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
from .search_sales_order_rows_dto_filter_where_and_item import (
    SearchSalesOrderRowsDtoFilterWhereAndItem,
)
from .search_sales_order_rows_dto_filter_where_or_item import (
    SearchSalesOrderRowsDtoFilterWhereOrItem,
)
