"""PurchaseOrderRowReceiveDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class PurchaseOrderRowReceiveDto(Model):
    """PurchaseOrderRowReceiveDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("purchase_order_row_id", "purchase_order_row_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("batch_transactions", "batch_transactions", "list[model:PurchaseOrderRowReceiveBatchDto]"),
        ("location_id", "location_id", "int"),
        ("received_date", "received_date", "date"),
    )
    purchase_order_row_id: int
    quantity: Decimal
    batch_transactions: list[PurchaseOrderRowReceiveBatchDto] | Unset = UNSET
    location_id: int | Unset = UNSET
    received_date: datetime.date | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .purchase_order_row_receive_batch_dto import PurchaseOrderRowReceiveBatchDto
