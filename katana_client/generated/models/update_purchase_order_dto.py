"""UpdatePurchaseOrderDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdatePurchaseOrderDto(Model):
    """UpdatePurchaseOrderDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("currency", "currency", "str"),
        ("expected_arrival_date", "expected_arrival_date", "str"),
        ("location_id", "location_id", "int"),
        ("order_created_date", "order_created_date", "str"),
        ("order_no", "order_no", "str"),
        ("status", "status", "enum:UpdatePurchaseOrderDtoStatus"),
        ("supplier_id", "supplier_id", "int"),
        ("tracking_location_id", "tracking_location_id", "int"),
    )
    additional_info: str | Unset = UNSET
    currency: str | Unset = UNSET
    expected_arrival_date: str | Unset = UNSET
    location_id: int | Unset = UNSET
    order_created_date: str | Unset = UNSET
    order_no: str | Unset = UNSET
    status: UpdatePurchaseOrderDtoStatus | Unset = UNSET
    supplier_id: int | Unset = UNSET
    tracking_location_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_purchase_order_dto_status import UpdatePurchaseOrderDtoStatus
