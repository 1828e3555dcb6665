"""ReturnableItem: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class ReturnableItem(Model):
    """ReturnableItem

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("available_for_return_quantity", "available_for_return_quantity", "decimal"),
        ("fulfillment_row_id", "fulfillment_row_id", "int"),
        ("location_id", "location_id", "int"),
        ("net_price_per_unit", "net_price_per_unit", "decimal"),
        ("quantity_sold", "quantity_sold", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    available_for_return_quantity: Decimal | None | Unset = UNSET
    fulfillment_row_id: int | None | Unset = UNSET
    location_id: int | None | Unset = UNSET
    net_price_per_unit: Decimal | None | Unset = UNSET
    quantity_sold: Decimal | None | Unset = UNSET
    variant_id: int | None | Unset = UNSET
