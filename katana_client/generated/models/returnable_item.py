"""ReturnableItem: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class ReturnableItem(Model):
    """ReturnableItem

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("available_for_return_quantity", "available_for_return_quantity", "decimal"),
        ("fulfillment_row_id", "fulfillment_row_id", "int"),
        ("location_id", "location_id", "int"),
        ("net_price_per_unit", "net_price_per_unit", "decimal"),
        ("quantity_sold", "quantity_sold", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    available_for_return_quantity: Decimal | None = None
    fulfillment_row_id: int | None = None
    location_id: int | None = None
    net_price_per_unit: Decimal | None = None
    quantity_sold: Decimal | None = None
    variant_id: int | None = None
