"""CreateSalesOrderRowWithSalesOrderIdDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateSalesOrderRowWithSalesOrderIdDto(Model):
    """CreateSalesOrderRowWithSalesOrderIdDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("quantity", "quantity", "decimal"),
        ("sales_order_id", "sales_order_id", "int"),
        ("variant_id", "variant_id", "int"),
        ("attributes", "attributes", "list[model:CreateSalesOrderRowAttributeDto]"),
        (
            "custom_fields",
            "custom_fields",
            "model:CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0",
        ),
        ("location_id", "location_id", "int"),
        ("price_per_unit", "price_per_unit", "decimal"),
        ("tax_rate_id", "tax_rate_id", "int"),
        ("total_discount", "total_discount", "decimal"),
    )
    quantity: Decimal
    sales_order_id: int
    variant_id: int
    attributes: list[CreateSalesOrderRowAttributeDto] | Unset = UNSET
    custom_fields: CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0 | None | Unset = UNSET
    location_id: int | Unset = UNSET
    price_per_unit: Decimal | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    total_discount: Decimal | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_sales_order_row_attribute_dto import CreateSalesOrderRowAttributeDto
from .create_sales_order_row_with_sales_order_id_dto_custom_fields_type_0 import (
    CreateSalesOrderRowWithSalesOrderIdDtoCustomFieldsType0,
)
