"""SalesOrderRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SalesOrderRow(Model):
    """SalesOrderRow

    Derived from 8 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    attributes: list[SalesOrderRowAttribute] | None | Unset = UNSET
    batch_transactions: list[SalesOrderRowBatchTransaction] | None | Unset = UNSET
    cogs_value: Decimal | None | Unset = UNSET
    conversion_date: datetime.datetime | None | Unset = UNSET
    conversion_rate: Decimal | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: SalesOrderRowCustomFields | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    linked_manufacturing_order_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    price_per_unit: Decimal | None | Unset = UNSET
    price_per_unit_in_base_currency: Decimal | None | Unset = UNSET
    product_availability: SalesOrderRowProductAvailability | None | Unset = UNSET
    product_expected_date: datetime.datetime | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    sales_order_id: int | None | Unset = UNSET
    serial_number_transactions: list[SalesOrderRowSerialNumberTransaction] | None | Unset = UNSET
    serial_numbers: list[int] | None | Unset = UNSET
    tax_rate: Decimal | None | Unset = UNSET
    tax_rate_id: int | None | Unset = UNSET
    total: Decimal | None | Unset = UNSET
    total_discount: Decimal | None | Unset = UNSET
    total_in_base_currency: Decimal | None | Unset = UNSET
    traceability: list[SalesOrderRowTraceability] | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variant: Variant | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_row_attribute import SalesOrderRowAttribute
from .sales_order_row_batch_transaction import SalesOrderRowBatchTransaction
from .sales_order_row_custom_fields import SalesOrderRowCustomFields
from .sales_order_row_product_availability import SalesOrderRowProductAvailability
from .sales_order_row_serial_number_transaction import SalesOrderRowSerialNumberTransaction
from .sales_order_row_traceability import SalesOrderRowTraceability
from .variant import Variant
