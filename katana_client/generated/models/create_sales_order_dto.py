"""CreateSalesOrderDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateSalesOrderDto(Model):
    """CreateSalesOrderDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("customer_id", "customer_id", "int"),
        ("sales_order_rows", "sales_order_rows", "list[model:CreateSalesOrderRowDto]"),
        ("additional_info", "additional_info", "str"),
        ("addresses", "addresses", "list[model:AddressWithinSalesOrderCreateDto]"),
        ("currency", "currency", "str"),
        ("custom_fields", "custom_fields", "model:CreateSalesOrderDtoCustomFieldsType0"),
        ("customer_ref", "customer_ref", "str"),
        ("delivery_date", "delivery_date", "str"),
        ("ecommerce_order_id", "ecommerce_order_id", "str"),
        ("ecommerce_order_type", "ecommerce_order_type", "str"),
        ("ecommerce_store_name", "ecommerce_store_name", "str"),
        ("location_id", "location_id", "int"),
        ("order_created_date", "order_created_date", "str"),
        ("order_no", "order_no", "str"),
        ("status", "status", "enum:CreateSalesOrderDtoStatus"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_number_url", "tracking_number_url", "str"),
    )
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


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .address_within_sales_order_create_dto import AddressWithinSalesOrderCreateDto
from .create_sales_order_dto_custom_fields_type_0 import CreateSalesOrderDtoCustomFieldsType0
from .create_sales_order_dto_status import CreateSalesOrderDtoStatus
from .create_sales_order_row_dto import CreateSalesOrderRowDto
