"""CreatePurchaseOrderDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreatePurchaseOrderDto(Model):
    """CreatePurchaseOrderDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("purchase_order_rows", "purchase_order_rows", "list[model:CreatePurchaseOrderRowDto]"),
        ("supplier_id", "supplier_id", "int"),
        ("additional_info", "additional_info", "str"),
        ("currency", "currency", "str"),
        ("entity_type", "entity_type", "enum:CreatePurchaseOrderDtoEntityType"),
        ("expected_arrival_date", "expected_arrival_date", "date"),
        ("order_created_date", "order_created_date", "date"),
        ("order_no", "order_no", "str"),
        ("status", "status", "enum:CreatePurchaseOrderDtoStatus"),
        ("tracking_location_id", "tracking_location_id", "int"),
    )
    location_id: int
    purchase_order_rows: list[CreatePurchaseOrderRowDto]
    supplier_id: int
    additional_info: str | Unset = UNSET
    currency: str | Unset = UNSET
    entity_type: CreatePurchaseOrderDtoEntityType | Unset = UNSET
    expected_arrival_date: datetime.date | Unset = UNSET
    order_created_date: datetime.date | Unset = UNSET
    order_no: str | Unset = UNSET
    status: CreatePurchaseOrderDtoStatus | Unset = UNSET
    tracking_location_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_purchase_order_dto_entity_type import CreatePurchaseOrderDtoEntityType
from .create_purchase_order_dto_status import CreatePurchaseOrderDtoStatus
from .create_purchase_order_row_dto import CreatePurchaseOrderRowDto
