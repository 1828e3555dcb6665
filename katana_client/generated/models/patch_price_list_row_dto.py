"""PatchPriceListRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class PatchPriceListRowDto(Model):
    """PatchPriceListRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("adjustment_method", "adjustment_method", "enum:PatchPriceListRowDtoAdjustmentMethod"),
        ("amount", "amount", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    adjustment_method: PatchPriceListRowDtoAdjustmentMethod | Unset = UNSET
    amount: Decimal | Unset = UNSET
    variant_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .patch_price_list_row_dto_adjustment_method import PatchPriceListRowDtoAdjustmentMethod
