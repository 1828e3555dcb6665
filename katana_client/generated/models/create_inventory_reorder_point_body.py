"""CreateInventoryReorderPointBody: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreateInventoryReorderPointBody(Model):
    """CreateInventoryReorderPointBody

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("value", "value", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    location_id: int
    value: Decimal
    variant_id: int
