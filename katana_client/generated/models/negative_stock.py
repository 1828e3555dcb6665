"""NegativeStock: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class NegativeStock(Model):
    """NegativeStock

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("category", "category", "str"),
        ("latest_negative_stock_date", "latest_negative_stock_date", "datetime"),
        ("location_id", "location_id", "int"),
        ("name", "name", "str"),
        ("sku", "sku", "str"),
        ("variant_id", "variant_id", "int"),
    )
    category: str | None | Unset = UNSET
    latest_negative_stock_date: datetime.datetime | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    name: str | None | Unset = UNSET
    sku: str | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
