"""StockTransferRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class StockTransferRow(Model):
    """StockTransferRow

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:StockTransferRowBatchTransaction]",
        ),
        ("cost_per_unit", "cost_per_unit", "decimal"),
        ("deleted_at", "deleted_at", "datetime"),
        ("id", "id", "int"),
        ("quantity", "quantity", "decimal"),
        ("traceability", "traceability", "list[model:StockTransferRowTraceability]"),
        ("variant_id", "variant_id", "int"),
    )
    batch_transactions: list[StockTransferRowBatchTransaction] | None = None
    cost_per_unit: Decimal | None = None
    deleted_at: datetime.datetime | None = None
    id: int | None = None
    quantity: Decimal | None = None
    traceability: list[StockTransferRowTraceability] | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stock_transfer_row_batch_transaction import StockTransferRowBatchTransaction
from .stock_transfer_row_traceability import StockTransferRowTraceability
