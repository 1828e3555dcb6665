"""UpdateSalesOrderDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateSalesOrderDto(Model):
    """UpdateSalesOrderDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("conversion_date", "conversion_date", "str"),
        ("conversion_rate", "conversion_rate", "decimal"),
        ("currency", "currency", "str"),
        ("custom_fields", "custom_fields", "model:UpdateSalesOrderDtoCustomFieldsType0"),
        ("customer_id", "customer_id", "int"),
        ("customer_ref", "customer_ref", "str"),
        ("delivery_date", "delivery_date", "str"),
        ("location_id", "location_id", "int"),
        ("order_created_date", "order_created_date", "str"),
        ("order_no", "order_no", "str"),
        ("picked_date", "picked_date", "str"),
        ("status", "status", "enum:UpdateSalesOrderDtoStatus"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_number_url", "tracking_number_url", "str"),
    )
    additional_info: str | None | Unset = UNSET
    conversion_date: str | Unset = UNSET
    conversion_rate: Decimal | Unset = UNSET
    currency: str | Unset = UNSET
    custom_fields: UpdateSalesOrderDtoCustomFieldsType0 | None | Unset = UNSET
    customer_id: int | Unset = UNSET
    customer_ref: str | None | Unset = UNSET
    delivery_date: str | Unset = UNSET
    location_id: int | Unset = UNSET
    order_created_date: str | Unset = UNSET
    order_no: str | Unset = UNSET
    picked_date: str | Unset = UNSET
    status: UpdateSalesOrderDtoStatus | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_number_url: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_sales_order_dto_custom_fields_type_0 import UpdateSalesOrderDtoCustomFieldsType0
from .update_sales_order_dto_status import UpdateSalesOrderDtoStatus
