"""SalesReturnRowCreateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SalesReturnRowCreateDto(Model):
    """SalesReturnRowCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("fulfillment_row_id", "fulfillment_row_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("sales_return_id", "sales_return_id", "int"),
        ("variant_id", "variant_id", "int"),
        ("reason_id", "reason_id", "int"),
        ("restock_location_id", "restock_location_id", "int"),
    )
    fulfillment_row_id: int
    quantity: Decimal
    sales_return_id: int
    variant_id: int
    reason_id: int | None | Unset = UNSET
    restock_location_id: int | Unset = UNSET
