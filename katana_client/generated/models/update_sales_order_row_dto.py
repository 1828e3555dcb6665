"""UpdateSalesOrderRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateSalesOrderRowDto(Model):
    """UpdateSalesOrderRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("attributes", "attributes", "list[model:CreateSalesOrderRowAttributeDto]"),
        ("batch_transactions", "batch_transactions", "list[model:UpdateBatchTransactionDto]"),
        ("custom_fields", "custom_fields", "model:UpdateSalesOrderRowDtoCustomFieldsType0"),
        ("location_id", "location_id", "int"),
        ("price_per_unit", "price_per_unit", "decimal"),
        ("quantity", "quantity", "decimal"),
        (
            "serial_number_transactions",
            "serial_number_transactions",
            "list[model:UpdateSerialNumberTransactionDto]",
        ),
        ("tax_rate_id", "tax_rate_id", "int"),
        ("total_discount", "total_discount", "decimal"),
        ("traceability", "traceability", "list[model:TraceabilityInputItemDto]"),
        ("variant_id", "variant_id", "int"),
    )
    attributes: list[CreateSalesOrderRowAttributeDto] | Unset = UNSET
    batch_transactions: list[UpdateBatchTransactionDto] | Unset = UNSET
    custom_fields: UpdateSalesOrderRowDtoCustomFieldsType0 | None | Unset = UNSET
    location_id: int | Unset = UNSET
    price_per_unit: Decimal | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    serial_number_transactions: list[UpdateSerialNumberTransactionDto] | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    total_discount: Decimal | Unset = UNSET
    traceability: list[TraceabilityInputItemDto] | Unset = UNSET
    variant_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_sales_order_row_attribute_dto import CreateSalesOrderRowAttributeDto
from .traceability_input_item_dto import TraceabilityInputItemDto
from .update_batch_transaction_dto import UpdateBatchTransactionDto
from .update_sales_order_row_dto_custom_fields_type_0 import UpdateSalesOrderRowDtoCustomFieldsType0
from .update_serial_number_transaction_dto import UpdateSerialNumberTransactionDto
