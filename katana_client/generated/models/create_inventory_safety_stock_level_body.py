"""CreateInventorySafetyStockLevelBody: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True)
class CreateInventorySafetyStockLevelBody(Model):
    """CreateInventorySafetyStockLevelBody

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("value", "value", "decimal"),
        ("variant_id", "variant_id", "int"),
    )
    location_id: int
    value: Decimal
    variant_id: int
