"""SalesOrderFulfillment: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderFulfillment(Model):
    """SalesOrderFulfillment

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("conversion_date", "conversion_date", "datetime"),
        ("conversion_rate", "conversion_rate", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("invoice_status", "invoice_status", "enum:SalesOrderFulfillmentInvoiceStatus"),
        ("packer_id", "packer_id", "int"),
        ("picked_date", "picked_date", "datetime"),
        (
            "sales_order_fulfillment_rows",
            "sales_order_fulfillment_rows",
            "list[model:SalesOrderFulfillmentRow]",
        ),
        ("sales_order_id", "sales_order_id", "int"),
        ("status", "status", "enum:SalesOrderFulfillmentStatus"),
        ("tracking_carrier", "tracking_carrier", "str"),
        ("tracking_method", "tracking_method", "str"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_url", "tracking_url", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    conversion_date: datetime.datetime | None = None
    conversion_rate: Decimal | None = None
    created_at: datetime.datetime | None = None
    invoice_status: SalesOrderFulfillmentInvoiceStatus | None = None
    packer_id: int | None = None
    picked_date: datetime.datetime | None = None
    sales_order_fulfillment_rows: list[SalesOrderFulfillmentRow] | None = None
    sales_order_id: int | None = None
    status: SalesOrderFulfillmentStatus | None = None
    tracking_carrier: str | None = None
    tracking_method: str | None = None
    tracking_number: str | None = None
    tracking_url: str | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_fulfillment_invoice_status import SalesOrderFulfillmentInvoiceStatus
from .sales_order_fulfillment_row import SalesOrderFulfillmentRow
from .sales_order_fulfillment_status import SalesOrderFulfillmentStatus
