"""SalesReturn: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesReturn(Model):
    """SalesReturn

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("customer_id", "customer_id", "int"),
        ("order_created_date", "order_created_date", "datetime"),
        ("order_no", "order_no", "str"),
        ("refund_status", "refund_status", "enum:SalesReturnRefundStatus"),
        ("return_date", "return_date", "datetime"),
        ("return_location_id", "return_location_id", "int"),
        ("sales_order_id", "sales_order_id", "int"),
        ("sales_return_rows", "sales_return_rows", "list[model:SalesReturnRow]"),
        ("status", "status", "enum:SalesReturnStatus"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_info: str | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    customer_id: int | None = None
    order_created_date: datetime.datetime | None = None
    order_no: str | None = None
    refund_status: SalesReturnRefundStatus | None = None
    return_date: datetime.datetime | None = None
    return_location_id: int | None = None
    sales_order_id: int | None = None
    sales_return_rows: list[SalesReturnRow] | None = None
    status: SalesReturnStatus | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .sales_return_refund_status import SalesReturnRefundStatus
from .sales_return_row import SalesReturnRow
from .sales_return_status import SalesReturnStatus
