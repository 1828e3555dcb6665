"""CreateStockTransferRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateStockTransferRowDto(Model):
    """CreateStockTransferRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("quantity", "quantity", "str"),
        ("variant_id", "variant_id", "int"),
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:CreateStockTransferRowDtoBatchTransactionsItem]",
        ),
        ("traceability", "traceability", "list[model:TraceabilityInputItemDto]"),
    )
    quantity: str
    variant_id: int
    batch_transactions: list[CreateStockTransferRowDtoBatchTransactionsItem] | Unset = UNSET
    traceability: list[TraceabilityInputItemDto] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_stock_transfer_row_dto_batch_transactions_item import (
    CreateStockTransferRowDtoBatchTransactionsItem,
)
from .traceability_input_item_dto import TraceabilityInputItemDto
