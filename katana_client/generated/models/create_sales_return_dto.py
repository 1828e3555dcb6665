"""CreateSalesReturnDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateSalesReturnDto(Model):
    """CreateSalesReturnDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("return_location_id", "return_location_id", "int"),
        ("sales_order_id", "sales_order_id", "int"),
        ("additional_info", "additional_info", "str"),
        ("order_created_date", "order_created_date", "date"),
        ("order_no", "order_no", "str"),
        ("tracking_carrier", "tracking_carrier", "str"),
        ("tracking_method", "tracking_method", "str"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_number_url", "tracking_number_url", "str"),
    )
    return_location_id: int
    sales_order_id: int
    additional_info: str | Unset = UNSET
    order_created_date: datetime.date | Unset = UNSET
    order_no: str | Unset = UNSET
    tracking_carrier: str | None | Unset = UNSET
    tracking_method: str | None | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_number_url: str | None | Unset = UNSET
