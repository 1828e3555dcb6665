"""SerialNumbersStockTransaction: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SerialNumbersStockTransaction(Model):
    """SerialNumbersStockTransaction

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "str"),
        ("quantity_change", "quantity_change", "decimal"),
        ("resource_id", "resource_id", "int"),
        ("resource_type", "resource_type", "str"),
        ("transaction_date", "transaction_date", "datetime"),
    )
    id: str
    quantity_change: Decimal | None = None
    resource_id: int | None = None
    resource_type: str | None = None
    transaction_date: datetime.datetime | None = None
