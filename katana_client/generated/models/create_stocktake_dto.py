"""CreateStocktakeDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateStocktakeDto(Model):
    """CreateStocktakeDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("stocktake_number", "stocktake_number", "str"),
        ("additional_info", "additional_info", "str"),
        ("created_date", "created_date", "str"),
        ("reason", "reason", "str"),
        ("set_remaining_items_as_counted", "set_remaining_items_as_counted", "bool"),
        ("stocktake_rows", "stocktake_rows", "list[model:CreateStocktakeRowDto]"),
    )
    location_id: int
    stocktake_number: str
    additional_info: str | None | Unset = UNSET
    created_date: str | Unset = UNSET
    reason: str | Unset = UNSET
    set_remaining_items_as_counted: bool | Unset = UNSET
    stocktake_rows: list[CreateStocktakeRowDto] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_stocktake_row_dto import CreateStocktakeRowDto
