"""UpdateStocktakeDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateStocktakeDto(Model):
    """UpdateStocktakeDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("completed_date", "completed_date", "str"),
        ("created_date", "created_date", "str"),
        ("location_id", "location_id", "int"),
        ("reason", "reason", "str"),
        ("set_remaining_items_as_counted", "set_remaining_items_as_counted", "bool"),
        ("status", "status", "enum:UpdateStocktakeDtoStatus"),
        ("stocktake_number", "stocktake_number", "str"),
    )
    additional_info: str | None | Unset = UNSET
    completed_date: str | None | Unset = UNSET
    created_date: str | Unset = UNSET
    location_id: int | Unset = UNSET
    reason: str | None | Unset = UNSET
    set_remaining_items_as_counted: bool | Unset = UNSET
    status: UpdateStocktakeDtoStatus | Unset = UNSET
    stocktake_number: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_stocktake_dto_status import UpdateStocktakeDtoStatus
