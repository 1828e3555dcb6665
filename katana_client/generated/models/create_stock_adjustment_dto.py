"""CreateStockAdjustmentDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateStockAdjustmentDto(Model):
    """CreateStockAdjustmentDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("stock_adjustment_number", "stock_adjustment_number", "str"),
        (
            "stock_adjustment_rows",
            "stock_adjustment_rows",
            "list[model:CreateStockAdjustmentRowDto]",
        ),
        ("additional_info", "additional_info", "str"),
        ("reason", "reason", "str"),
        ("stock_adjustment_date", "stock_adjustment_date", "str"),
    )
    location_id: int
    stock_adjustment_number: str
    stock_adjustment_rows: list[CreateStockAdjustmentRowDto]
    additional_info: str | None | Unset = UNSET
    reason: str | Unset = UNSET
    stock_adjustment_date: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_stock_adjustment_row_dto import CreateStockAdjustmentRowDto
