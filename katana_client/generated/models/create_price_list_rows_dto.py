"""CreatePriceListRowsDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreatePriceListRowsDto(Model):
    """CreatePriceListRowsDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("price_list_id", "price_list_id", "int"),
        ("price_list_rows", "price_list_rows", "list[model:CreatePriceListRowDto]"),
    )
    price_list_id: int
    price_list_rows: list[CreatePriceListRowDto]


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_price_list_row_dto import CreatePriceListRowDto
