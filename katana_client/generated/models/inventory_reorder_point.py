"""InventoryReorderPoint: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class InventoryReorderPoint(Model):
    """InventoryReorderPoint

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("created_at", "created_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("updated_at", "updated_at", "datetime"),
        ("value", "value", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    created_at: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    value: Decimal | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
