"""PurchaseOrderAccountingMetadata: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class PurchaseOrderAccountingMetadata(Model):
    """PurchaseOrderAccountingMetadata

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("billId", "billId", "str"),
        ("bill_id", "bill_id", "str"),
        ("createdAt", "createdAt", "datetime"),
        ("created_at", "created_at", "datetime"),
        ("integrationType", "integrationType", "str"),
        ("integration_type", "integration_type", "str"),
        ("porReceivedGroupId", "por_received_group_id", "int"),
        ("purchaseOrderId", "purchaseOrderId", "int"),
        ("purchase_order_id", "purchase_order_id", "int"),
        ("received_items_group_id", "received_items_group_id", "int"),
    )
    id: int
    billId: str | None = None
    bill_id: str | None = None
    createdAt: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    integrationType: str | None = None
    integration_type: str | None = None
    por_received_group_id: int | None = None
    purchaseOrderId: int | None = None
    purchase_order_id: int | None = None
    received_items_group_id: int | None = None
