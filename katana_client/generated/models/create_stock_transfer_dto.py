"""CreateStockTransferDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateStockTransferDto(Model):
    """CreateStockTransferDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("source_location_id", "source_location_id", "int"),
        ("stock_transfer_number", "stock_transfer_number", "str"),
        ("stock_transfer_rows", "stock_transfer_rows", "list[model:CreateStockTransferRowDto]"),
        ("target_location_id", "target_location_id", "int"),
        ("additional_info", "additional_info", "str"),
        ("expected_arrival_date", "expected_arrival_date", "str"),
        ("order_created_date", "order_created_date", "str"),
        ("transfer_date", "transfer_date", "str"),
    )
    source_location_id: int
    stock_transfer_number: str
    stock_transfer_rows: list[CreateStockTransferRowDto]
    target_location_id: int
    additional_info: str | None | Unset = UNSET
    expected_arrival_date: str | None | Unset = UNSET
    order_created_date: str | None | Unset = UNSET
    transfer_date: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_stock_transfer_row_dto import CreateStockTransferRowDto
