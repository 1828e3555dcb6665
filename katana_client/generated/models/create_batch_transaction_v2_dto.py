"""CreateBatchTransactionV2Dto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreateBatchTransactionV2Dto(Model):
    """CreateBatchTransactionV2Dto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("quantity", "quantity", "decimal"),
    )
    batch_id: int | None
    quantity: Decimal
