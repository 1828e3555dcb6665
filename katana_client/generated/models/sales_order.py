"""SalesOrder: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrder(Model):
    """SalesOrder

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    additional_info: str | None = None
    addresses: list[SalesOrderAddress] | None = None
    billing_address_id: int | None = None
    conversion_date: datetime.datetime | None = None
    conversion_rate: Decimal | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    custom_fields: SalesOrderCustomFields | None = None
    customer_id: int | None = None
    customer_ref: str | None = None
    deleted_at: datetime.datetime | None = None
    delivery_date: datetime.datetime | None = None
    ecommerce_order_id: str | None = None
    ecommerce_order_type: str | None = None
    ecommerce_store_name: str | None = None
    ingredient_availability: SalesOrderIngredientAvailability | None = None
    ingredient_expected_date: datetime.datetime | None = None
    invoicing_status: SalesOrderInvoicingStatus | None = None
    linked_manufacturing_order_id: int | None = None
    location_id: int | None = None
    order_created_date: datetime.datetime | None = None
    order_no: str | None = None
    picked_date: datetime.datetime | None = None
    product_availability: SalesOrderProductAvailability | None = None
    product_expected_date: datetime.datetime | None = None
    production_status: SalesOrderProductionStatus | None = None
    sales_order_rows: list[SalesOrderRow] | None = None
    shipping_address_id: int | None = None
    shipping_fee: SalesOrderShippingFee | None = None
    source: str | None = None
    status: SalesOrderStatus | None = None
    total: Decimal | None = None
    total_in_base_currency: Decimal | None = None
    tracking_number: str | None = None
    tracking_number_url: str | None = None
    updated_at: datetime.datetime | None = None


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
