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
        ("billId", "bill_id", "str"),
        ("createdAt", "created_at", "datetime"),
        ("integrationType", "integration_type", "str"),
        ("porReceivedGroupId", "por_received_group_id", "int"),
        ("purchaseOrderId", "purchase_order_id", "int"),
    )
    id: int
    bill_id: str | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    integration_type: str | None | Unset = UNSET
    por_received_group_id: int | None | Unset = UNSET
    purchase_order_id: int | None | Unset = UNSET
