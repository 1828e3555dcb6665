"""StockAdjustmentRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class StockAdjustmentRow(Model):
    """StockAdjustmentRow

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:StockAdjustmentRowBatchTransaction]",
        ),
        ("cost_per_unit", "cost_per_unit", "decimal"),
        ("quantity", "quantity", "decimal"),
        ("traceability", "traceability", "list[model:StockAdjustmentRowTraceability]"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    batch_transactions: list[StockAdjustmentRowBatchTransaction] | None = None
    cost_per_unit: Decimal | None = None
    quantity: Decimal | None = None
    traceability: list[StockAdjustmentRowTraceability] | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stock_adjustment_row_batch_transaction import StockAdjustmentRowBatchTransaction
from .stock_adjustment_row_traceability import StockAdjustmentRowTraceability
