"""SalesOrderAccountingMetadata: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderAccountingMetadata(Model):
    """SalesOrderAccountingMetadata

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("created_at", "created_at", "datetime"),
        ("fulfillment_id", "fulfillment_id", "int"),
        ("integration_type", "integration_type", "str"),
        ("invoice_id", "invoice_id", "str"),
        ("sales_order_id", "sales_order_id", "int"),
    )
    id: int
    created_at: datetime.datetime | None = None
    fulfillment_id: int | None = None
    integration_type: str | None = None
    invoice_id: str | None = None
    sales_order_id: int | None = None
