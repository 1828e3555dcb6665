"""SalesReturnPatchDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SalesReturnPatchDto(Model):
    """SalesReturnPatchDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("order_created_date", "order_created_date", "date"),
        ("order_no", "order_no", "str"),
        ("return_date", "return_date", "date"),
        ("return_location_id", "return_location_id", "int"),
        ("status", "status", "enum:SalesReturnPatchDtoStatus"),
        ("tracking_carrier", "tracking_carrier", "str"),
        ("tracking_method", "tracking_method", "str"),
        ("tracking_number", "tracking_number", "str"),
        ("tracking_number_url", "tracking_number_url", "str"),
    )
    additional_info: str | None | Unset = UNSET
    order_created_date: datetime.date | Unset = UNSET
    order_no: str | Unset = UNSET
    return_date: datetime.date | Unset = UNSET
    return_location_id: int | Unset = UNSET
    status: SalesReturnPatchDtoStatus | Unset = UNSET
    tracking_carrier: str | None | Unset = UNSET
    tracking_method: str | None | Unset = UNSET
    tracking_number: str | None | Unset = UNSET
    tracking_number_url: str | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_return_patch_dto_status import SalesReturnPatchDtoStatus
