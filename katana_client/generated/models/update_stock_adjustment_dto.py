"""UpdateStockAdjustmentDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateStockAdjustmentDto(Model):
    """UpdateStockAdjustmentDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("location_id", "location_id", "int"),
        ("reason", "reason", "str"),
        ("stock_adjustment_date", "stock_adjustment_date", "str"),
        ("stock_adjustment_number", "stock_adjustment_number", "str"),
    )
    additional_info: str | None | Unset = UNSET
    location_id: int | Unset = UNSET
    reason: str | Unset = UNSET
    stock_adjustment_date: str | Unset = UNSET
    stock_adjustment_number: str | Unset = UNSET
