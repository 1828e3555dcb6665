"""PurchaseOrderRowReceiveBatchDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True)
class PurchaseOrderRowReceiveBatchDto(Model):
    """PurchaseOrderRowReceiveBatchDto

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("quantity", "quantity", "decimal"),
    )
    batch_id: int | None
    quantity: Decimal
