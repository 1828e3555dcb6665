"""UpdateStockTransferDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateStockTransferDto(Model):
    """UpdateStockTransferDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("expected_arrival_date", "expected_arrival_date", "str"),
        ("order_created_date", "order_created_date", "str"),
        ("stock_transfer_number", "stock_transfer_number", "str"),
        ("transfer_date", "transfer_date", "str"),
    )
    additional_info: str | None | Unset = UNSET
    expected_arrival_date: str | None | Unset = UNSET
    order_created_date: str | None | Unset = UNSET
    stock_transfer_number: str | Unset = UNSET
    transfer_date: str | Unset = UNSET
