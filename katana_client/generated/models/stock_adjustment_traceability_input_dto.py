"""StockAdjustmentTraceabilityInputDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class StockAdjustmentTraceabilityInputDto(Model):
    """StockAdjustmentTraceabilityInputDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("quantity", "quantity", "decimal"),
        ("batch_id", "batch_id", "int"),
        ("bin_location_id", "bin_location_id", "int"),
        ("serial_number_id", "serial_number_id", "int"),
    )
    quantity: Decimal
    batch_id: int | None | Unset = UNSET
    bin_location_id: int | None | Unset = UNSET
    serial_number_id: int | None | Unset = UNSET
