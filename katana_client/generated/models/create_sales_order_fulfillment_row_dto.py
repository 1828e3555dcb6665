"""CreateSalesOrderFulfillmentRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateSalesOrderFulfillmentRowDto(Model):
    """CreateSalesOrderFulfillmentRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("quantity", "quantity", "decimal"),
        ("sales_order_row_id", "sales_order_row_id", "int"),
        ("batch_transactions", "batch_transactions", "list[model:CreateBatchTransactionV2Dto]"),
        ("serial_numbers", "serial_numbers", "list[decimal]"),
        ("traceability", "traceability", "list[model:TraceabilityInputItemDto]"),
    )
    quantity: Decimal
    sales_order_row_id: int
    batch_transactions: list[CreateBatchTransactionV2Dto] | Unset = UNSET
    serial_numbers: list[Decimal] | Unset = UNSET
    traceability: list[TraceabilityInputItemDto] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_batch_transaction_v2_dto import CreateBatchTransactionV2Dto
from .traceability_input_item_dto import TraceabilityInputItemDto
