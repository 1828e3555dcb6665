"""StockAdjustmentRowBatchTransaction: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class StockAdjustmentRowBatchTransaction(Model):
    """StockAdjustmentRowBatchTransaction

    Derived from 8 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("quantity", "quantity", "decimal"),
    )
    batch_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
