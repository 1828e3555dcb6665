"""PurchaseOrderAccountingMetadata: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class PurchaseOrderAccountingMetadata(Model):
    """PurchaseOrderAccountingMetadata

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    billId: str | None | Unset = UNSET
    bill_id: str | None | Unset = UNSET
    createdAt: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    integrationType: str | None | Unset = UNSET
    integration_type: str | None | Unset = UNSET
    por_received_group_id: int | None | Unset = UNSET
    purchaseOrderId: int | None | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
    received_items_group_id: int | None | Unset = UNSET
