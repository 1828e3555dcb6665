"""SalesOrderRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderRow(Model):
    """SalesOrderRow

    Derived from 8 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("attributes", "attributes", "list[model:SalesOrderRowAttribute]"),
        ("batch_transactions", "batch_transactions", "list[model:SalesOrderRowBatchTransaction]"),
        ("cogs_value", "cogs_value", "decimal"),
        ("conversion_date", "conversion_date", "datetime"),
        ("conversion_rate", "conversion_rate", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("custom_fields", "custom_fields", "model:SalesOrderRowCustomFields"),
        ("deleted_at", "deleted_at", "datetime"),
        ("linked_manufacturing_order_id", "linked_manufacturing_order_id", "int"),
        ("location_id", "location_id", "int"),
        ("price_per_unit", "price_per_unit", "decimal"),
        ("price_per_unit_in_base_currency", "price_per_unit_in_base_currency", "decimal"),
        ("product_availability", "product_availability", "enum:SalesOrderRowProductAvailability"),
        ("product_expected_date", "product_expected_date", "datetime"),
        ("quantity", "quantity", "decimal"),
        ("sales_order_id", "sales_order_id", "int"),
        (
            "serial_number_transactions",
            "serial_number_transactions",
            "list[model:SalesOrderRowSerialNumberTransaction]",
        ),
        ("serial_numbers", "serial_numbers", "list[int]"),
        ("tax_rate", "tax_rate", "decimal"),
        ("tax_rate_id", "tax_rate_id", "int"),
        ("total", "total", "decimal"),
        ("total_discount", "total_discount", "decimal"),
        ("total_in_base_currency", "total_in_base_currency", "decimal"),
        ("traceability", "traceability", "list[model:SalesOrderRowTraceability]"),
        ("updated_at", "updated_at", "datetime"),
        ("variant", "variant", "model:Variant"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    attributes: list[SalesOrderRowAttribute] | None = None
    batch_transactions: list[SalesOrderRowBatchTransaction] | None = None
    cogs_value: Decimal | None = None
    conversion_date: datetime.datetime | None = None
    conversion_rate: Decimal | None = None
    created_at: datetime.datetime | None = None
    custom_fields: SalesOrderRowCustomFields | None = None
    deleted_at: datetime.datetime | None = None
    linked_manufacturing_order_id: int | None = None
    location_id: int | None = None
    price_per_unit: Decimal | None = None
    price_per_unit_in_base_currency: Decimal | None = None
    product_availability: SalesOrderRowProductAvailability | None = None
    product_expected_date: datetime.datetime | None = None
    quantity: Decimal | None = None
    sales_order_id: int | None = None
    serial_number_transactions: list[SalesOrderRowSerialNumberTransaction] | None = None
    serial_numbers: list[int] | None = None
    tax_rate: Decimal | None = None
    tax_rate_id: int | None = None
    total: Decimal | None = None
    total_discount: Decimal | None = None
    total_in_base_currency: Decimal | None = None
    traceability: list[SalesOrderRowTraceability] | None = None
    updated_at: datetime.datetime | None = None
    variant: Variant | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_row_attribute import SalesOrderRowAttribute
from .sales_order_row_batch_transaction import SalesOrderRowBatchTransaction
from .sales_order_row_custom_fields import SalesOrderRowCustomFields
from .sales_order_row_product_availability import SalesOrderRowProductAvailability
from .sales_order_row_serial_number_transaction import SalesOrderRowSerialNumberTransaction
from .sales_order_row_traceability import SalesOrderRowTraceability
from .variant import Variant
