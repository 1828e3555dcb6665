"""SalesOrderFulfillmentRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderFulfillmentRow(Model):
    """SalesOrderFulfillmentRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:SalesOrderFulfillmentRowBatchTransaction]",
        ),
        ("id", "id", "int"),
        ("quantity", "quantity", "decimal"),
        ("sales_order_row_id", "sales_order_row_id", "int"),
        ("serial_numbers", "serial_numbers", "list[int]"),
        ("traceability", "traceability", "list[model:SalesOrderFulfillmentRowTraceability]"),
    )
    batch_transactions: list[SalesOrderFulfillmentRowBatchTransaction] | None = None
    id: int | None = None
    quantity: Decimal | None = None
    sales_order_row_id: int | None = None
    serial_numbers: list[int] | None = None
    traceability: list[SalesOrderFulfillmentRowTraceability] | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_order_fulfillment_row_batch_transaction import SalesOrderFulfillmentRowBatchTransaction
from .sales_order_fulfillment_row_traceability import SalesOrderFulfillmentRowTraceability
