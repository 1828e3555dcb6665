"""CreateStocktakeRowsDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateStocktakeRowsDto(Model):
    """CreateStocktakeRowsDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("stocktake_id", "stocktake_id", "int"),
        ("stocktake_rows", "stocktake_rows", "list[model:CreateStocktakeRowDto]"),
    )
    stocktake_id: int
    stocktake_rows: list[CreateStocktakeRowDto] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_stocktake_row_dto import CreateStocktakeRowDto
