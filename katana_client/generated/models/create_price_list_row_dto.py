"""CreatePriceListRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreatePriceListRowDto(Model):
    """CreatePriceListRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("adjustment_method", "adjustment_method", "enum:CreatePriceListRowDtoAdjustmentMethod"),
        ("amount", "amount", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    adjustment_method: CreatePriceListRowDtoAdjustmentMethod
    amount: Decimal
    variant_id: int


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_price_list_row_dto_adjustment_method import CreatePriceListRowDtoAdjustmentMethod
