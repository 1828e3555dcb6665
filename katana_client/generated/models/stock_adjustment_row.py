"""StockAdjustmentRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class StockAdjustmentRow(Model):
    """StockAdjustmentRow

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    batch_transactions: list[StockAdjustmentRowBatchTransaction] | None | Unset = UNSET
    cost_per_unit: Decimal | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    traceability: list[StockAdjustmentRowTraceability] | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stock_adjustment_row_batch_transaction import StockAdjustmentRowBatchTransaction
from .stock_adjustment_row_traceability import StockAdjustmentRowTraceability
