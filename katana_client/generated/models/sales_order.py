"""SalesOrder: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SalesOrder(Model):
    """SalesOrder

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
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
        ("invoicing_status", "invoicing_status", "enum:SalesOrderInvoicingStatus"),
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
    )
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
    invoicing_status: SalesOrderInvoicingStatus | None | Unset = UNSET
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


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_address import SalesOrderAddress
from .sales_order_custom_fields import SalesOrderCustomFields
from .sales_order_ingredient_availability import SalesOrderIngredientAvailability
from .sales_order_invoicing_status import SalesOrderInvoicingStatus
from .sales_order_product_availability import SalesOrderProductAvailability
from .sales_order_production_status import SalesOrderProductionStatus
from .sales_order_row import SalesOrderRow
from .sales_order_shipping_fee import SalesOrderShippingFee
from .sales_order_status import SalesOrderStatus
