"""CompletePartiallyMoDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CompletePartiallyMoDto(Model):
    """CompletePartiallyMoDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("completed_quantity", "completed_quantity", "decimal"),
        ("manufacturing_order_id", "manufacturing_order_id", "int"),
        ("batch_transaction", "batch_transaction", "model:CompletePartiallyBatchDto"),
        ("completed_date", "completed_date", "str"),
        ("ingredients", "ingredients", "list[model:ProductionIngredientDto]"),
        ("is_final", "is_final", "bool"),
        ("operations", "operations", "list[model:ProductionOperationDto]"),
        ("serial_numbers", "serial_numbers", "list[decimal]"),
    )
    completed_quantity: Decimal
    manufacturing_order_id: int
    batch_transaction: CompletePartiallyBatchDto | Unset = UNSET
    completed_date: str | Unset = UNSET
    ingredients: list[ProductionIngredientDto] | Unset = UNSET
    is_final: bool | Unset = UNSET
    operations: list[ProductionOperationDto] | Unset = UNSET
    serial_numbers: list[Decimal] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .complete_partially_batch_dto import CompletePartiallyBatchDto
from .production_ingredient_dto import ProductionIngredientDto
from .production_operation_dto import ProductionOperationDto
