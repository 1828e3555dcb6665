"""StockTransferRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class StockTransferRow(Model):
    """StockTransferRow

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    batch_transactions: list[StockTransferRowBatchTransaction] | None | Unset = UNSET
    cost_per_unit: Decimal | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    traceability: list[StockTransferRowTraceability] | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .stock_transfer_row_batch_transaction import StockTransferRowBatchTransaction
from .stock_transfer_row_traceability import StockTransferRowTraceability
