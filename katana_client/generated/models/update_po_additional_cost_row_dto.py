"""UpdatePoAdditionalCostRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdatePoAdditionalCostRowDto(Model):
    """UpdatePoAdditionalCostRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_cost_id", "additional_cost_id", "int"),
        (
            "distribution_method",
            "distribution_method",
            "enum:UpdatePoAdditionalCostRowDtoDistributionMethod",
        ),
        ("price", "price", "decimal"),
        ("tax_rate_id", "tax_rate_id", "int"),
    )
    additional_cost_id: int | Unset = UNSET
    distribution_method: UpdatePoAdditionalCostRowDtoDistributionMethod | Unset = UNSET
    price: Decimal | Unset = UNSET
    tax_rate_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_po_additional_cost_row_dto_distribution_method import (
    UpdatePoAdditionalCostRowDtoDistributionMethod,
)
