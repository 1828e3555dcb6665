"""NegativeStock: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class NegativeStock(Model):
    """NegativeStock

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("category", "category", "str"),
        ("latest_negative_stock_date", "latest_negative_stock_date", "datetime"),
        ("location_id", "location_id", "int"),
        ("name", "name", "str"),
        ("sku", "sku", "str"),
        ("variant_id", "variant_id", "int"),
    )
    category: str | None = None
    latest_negative_stock_date: datetime.datetime | None = None
    location_id: int | None = None
    name: str | None = None
    sku: str | None = None
    variant_id: int | None = None
