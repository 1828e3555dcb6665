"""CreateSalesOrderDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define, field

from katana_client._runtime import (
    UNSET,
    Unset,
    to_enum,
    to_int,
    to_json_value,
    to_str,
)

# JSON keys read into attributes; any other key goes to `additional_properties`.
_KEYS = frozenset(
    {
        "customer_id",
        "sales_order_rows",
        "additional_info",
        "addresses",
        "currency",
        "custom_fields",
        "customer_ref",
        "delivery_date",
        "ecommerce_order_id",
        "ecommerce_order_type",
        "ecommerce_store_name",
        "location_id",
        "order_created_date",
        "order_no",
        "status",
        "tracking_number",
        "tracking_number_url",
    }
)


@define(kw_only=True)
class CreateSalesOrderDto:
    """CreateSalesOrderDto

    Reading is tolerant: a key missing from the JSON is `UNSET` (and left out of
    `to_dict()`), null is `None`, and a value that cannot be read as the annotated type
    is kept as it came rather than failing the call. Unknown keys are kept in
    `additional_properties` and written back by `to_dict()`.
    """

    customer_id: int
    sales_order_rows: list[CreateSalesOrderRowDto]
    additional_info: str | None | Unset = UNSET
    addresses: list[AddressWithinSalesOrderCreateDto] | Unset = UNSET
    currency: str | Unset = UNSET
    custom_fields: CreateSalesOrderDtoCustomFieldsType0 | None | Unset = UNSET
    customer_ref: str | None | Unset = UNSET
    delivery_date: str | Unset = UNSET
    ecommerce_order_id: str | None | Unset = UNSET
    ecommerce_order_type: str | None | Unset = UNSET
    ecommerce_store_name: str | None | Unset = UNSET
    location_id: int | Unset = UNSET
    order_created_date: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: CreateSalesOrderDtoStatus | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_number_url: str | None | Unset = UNSET
    additional_properties: dict[str, Any] = field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON object for this model: set fields, then unknown keys."""
        field_dict: dict[str, Any] = {}
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.customer_id is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["customer_id"] = self.customer_id
        # Required, but a tolerant read of `{}` leaves it UNSET: written back only if set.
        if self.sales_order_rows is not UNSET:  # type: ignore[comparison-overlap]
            field_dict["sales_order_rows"] = to_json_value(self.sales_order_rows)
        if self.additional_info is not UNSET:
            field_dict["additional_info"] = self.additional_info
        if self.addresses is not UNSET:
            field_dict["addresses"] = to_json_value(self.addresses)
        if self.currency is not UNSET:
            field_dict["currency"] = self.currency
        if self.custom_fields is not UNSET:
            field_dict["custom_fields"] = to_json_value(self.custom_fields)
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
        if self.location_id is not UNSET:
            field_dict["location_id"] = self.location_id
        if self.order_created_date is not UNSET:
            field_dict["order_created_date"] = self.order_created_date
        if self.order_no is not UNSET:
            field_dict["order_no"] = self.order_no
        if self.status is not UNSET:
            field_dict["status"] = to_json_value(self.status)
        if self.tracking_number is not UNSET:
            field_dict["tracking_number"] = self.tracking_number
        if self.tracking_number_url is not UNSET:
            field_dict["tracking_number_url"] = self.tracking_number_url
        if self.additional_properties:
            field_dict.update(self.additional_properties)
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Read a decoded JSON object; never raises on unexpected values (see class doc)."""
        get = src_dict.get
        _v = get("sales_order_rows", UNSET)
        _sales_order_rows = (
            [CreateSalesOrderRowDto.from_dict(_i0) if _i0.__class__ is dict else _i0 for _i0 in _v]
            if _v.__class__ is list
            else _v
        )
        _v = get("addresses", UNSET)
        _addresses = (
            [
                AddressWithinSalesOrderCreateDto.from_dict(_i0) if _i0.__class__ is dict else _i0
                for _i0 in _v
            ]
            if _v.__class__ is list
            else _v
        )
        _v = get("custom_fields", UNSET)
        _custom_fields = (
            CreateSalesOrderDtoCustomFieldsType0.from_dict(_v) if _v.__class__ is dict else _v
        )
        obj = cls(
            customer_id=to_int(get("customer_id", UNSET)),
            sales_order_rows=_sales_order_rows,
            additional_info=to_str(get("additional_info", UNSET)),
            addresses=_addresses,
            currency=to_str(get("currency", UNSET)),
            custom_fields=_custom_fields,
            customer_ref=to_str(get("customer_ref", UNSET)),
            delivery_date=to_str(get("delivery_date", UNSET)),
            ecommerce_order_id=to_str(get("ecommerce_order_id", UNSET)),
            ecommerce_order_type=to_str(get("ecommerce_order_type", UNSET)),
            ecommerce_store_name=to_str(get("ecommerce_store_name", UNSET)),
            location_id=to_int(get("location_id", UNSET)),
            order_created_date=to_str(get("order_created_date", UNSET)),
            order_no=to_str(get("order_no", UNSET)),
            status=to_enum(CreateSalesOrderDtoStatus, get("status", UNSET)),
            tracking_number=to_str(get("tracking_number", UNSET)),
            tracking_number_url=to_str(get("tracking_number_url", UNSET)),
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
from .address_within_sales_order_create_dto import AddressWithinSalesOrderCreateDto
from .create_sales_order_dto_custom_fields_type_0 import CreateSalesOrderDtoCustomFieldsType0
from .create_sales_order_dto_status import CreateSalesOrderDtoStatus
from .create_sales_order_row_dto import CreateSalesOrderRowDto
