"""CreateManufacturingOrderDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateManufacturingOrderDto(Model):
    """CreateManufacturingOrderDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("planned_quantity", "planned_quantity", "decimal"),
        ("variant_id", "variant_id", "int"),
        ("actual_quantity", "actual_quantity", "decimal"),
        ("additional_info", "additional_info", "str"),
        ("batch_transactions", "batch_transactions", "list[model:CreateBatchTransactionDto]"),
        ("order_created_date", "order_created_date", "str"),
        ("order_no", "order_no", "str"),
        ("production_deadline_date", "production_deadline_date", "str"),
        ("status", "status", "enum:CreateManufacturingOrderDtoStatus"),
    )
    location_id: int
    planned_quantity: Decimal
    variant_id: int
    actual_quantity: Decimal | None | Unset = UNSET
    additional_info: str | None | Unset = UNSET
    batch_transactions: list[CreateBatchTransactionDto] | Unset = UNSET
    order_created_date: str | Unset = UNSET
    order_no: str | Unset = UNSET
    production_deadline_date: str | Unset = UNSET
    status: CreateManufacturingOrderDtoStatus | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_batch_transaction_dto import CreateBatchTransactionDto
from .create_manufacturing_order_dto_status import CreateManufacturingOrderDtoStatus
