"""ManufacturingOrderProductionOperation: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ManufacturingOrderProductionOperation(Model):
    """ManufacturingOrderProductionOperation

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("cost", "cost", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("location_id", "location_id", "int"),
        ("manufacturing_order_id", "manufacturing_order_id", "int"),
        ("manufacturing_order_operation_id", "manufacturing_order_operation_id", "int"),
        ("production_date", "production_date", "datetime"),
        ("production_id", "production_id", "int"),
        ("time", "time", "decimal"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    cost: Decimal | None = None
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    location_id: int | None = None
    manufacturing_order_id: int | None = None
    manufacturing_order_operation_id: int | None = None
    production_date: datetime.datetime | None = None
    production_id: int | None = None
    time: Decimal | None = None
    updated_at: datetime.datetime | None = None
