"""UpdateSalesOrderFulfillmentDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateSalesOrderFulfillmentDto(Model):
    """UpdateSalesOrderFulfillmentDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("conversion_date", "conversion_date", "str"),
        ("conversion_rate", "conversion_rate", "decimal"),
        ("packer_id", "packer_id", "int"),
        ("picked_date", "picked_date", "str"),
        ("status", "status", "enum:UpdateSalesOrderFulfillmentDtoStatus"),
        ("tracking_carrier", "tracking_carrier", "str"),
        ("tracking_method", "tracking_method", "str"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_url", "tracking_url", "str"),
    )
    conversion_date: str | None | Unset = UNSET
    conversion_rate: Decimal | None | Unset = UNSET
    packer_id: int | Unset = UNSET
    picked_date: str | Unset = UNSET
    status: UpdateSalesOrderFulfillmentDtoStatus | Unset = UNSET
    tracking_carrier: str | None | Unset = UNSET
    tracking_method: str | None | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_url: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_sales_order_fulfillment_dto_status import UpdateSalesOrderFulfillmentDtoStatus
