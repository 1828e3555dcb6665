"""UpdateManufacturingOrderRecipeRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateManufacturingOrderRecipeRowDto(Model):
    """UpdateManufacturingOrderRecipeRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:CreateBatchTransactionForManufacturingOrderDto]",
        ),
        ("notes", "notes", "str"),
        ("planned_quantity_per_unit", "planned_quantity_per_unit", "decimal"),
        ("total_actual_quantity", "total_actual_quantity", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    batch_transactions: list[CreateBatchTransactionForManufacturingOrderDto] | Unset = UNSET
    notes: str | None | Unset = UNSET
    planned_quantity_per_unit: Decimal | Unset = UNSET
    total_actual_quantity: Decimal | None | Unset = UNSET
    variant_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_batch_transaction_for_manufacturing_order_dto import (
    CreateBatchTransactionForManufacturingOrderDto,
)
