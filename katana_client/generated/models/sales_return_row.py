"""SalesReturnRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesReturnRow(Model):
    """SalesReturnRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("batch_transactions", "batch_transactions", "list[model:SalesReturnRowBatchTransaction]"),
        ("created_at", "created_at", "datetime"),
        ("fulfillment_row_id", "fulfillment_row_id", "int"),
        ("net_price_per_unit", "net_price_per_unit", "decimal"),
        ("quantity", "quantity", "decimal"),
        ("reason_id", "reason_id", "int"),
        ("restock_location_id", "restock_location_id", "int"),
        ("sales_order_row_id", "sales_order_row_id", "int"),
        ("sales_return_id", "sales_return_id", "int"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    batch_transactions: list[SalesReturnRowBatchTransaction] | None = None
    created_at: datetime.datetime | None = None
    fulfillment_row_id: int | None = None
    net_price_per_unit: Decimal | None = None
    quantity: Decimal | None = None
    reason_id: int | None = None
    restock_location_id: int | None = None
    sales_order_row_id: int | None = None
    sales_return_id: int | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_return_row_batch_transaction import SalesReturnRowBatchTransaction
