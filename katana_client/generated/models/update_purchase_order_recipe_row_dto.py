"""UpdatePurchaseOrderRecipeRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdatePurchaseOrderRecipeRowDto(Model):
    """UpdatePurchaseOrderRecipeRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("batch_transactions", "batch_transactions", "list[model:CreateBatchTransactionDto]"),
        ("ingredient_variant_id", "ingredient_variant_id", "int"),
        ("notes", "notes", "str"),
        ("planned_quantity_per_unit", "planned_quantity_per_unit", "decimal"),
    )
    batch_transactions: list[CreateBatchTransactionDto] | Unset = UNSET
    ingredient_variant_id: int | Unset = UNSET
    notes: str | Unset = UNSET
    planned_quantity_per_unit: Decimal | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_batch_transaction_dto import CreateBatchTransactionDto
