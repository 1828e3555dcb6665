"""Inventory: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Inventory(Model):
    """Inventory

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("archived_at", "archived_at", "datetime"),
        ("average_cost", "average_cost", "decimal"),
        ("default_storage_bin", "default_storage_bin", "any"),
        ("location", "location", "model:Location"),
        ("location_id", "location_id", "int"),
        ("quantity_committed", "quantity_committed", "decimal"),
        ("quantity_expected", "quantity_expected", "decimal"),
        ("quantity_in_stock", "quantity_in_stock", "decimal"),
        ("quantity_missing_or_excess", "quantity_missing_or_excess", "decimal"),
        ("quantity_potential", "quantity_potential", "decimal"),
        ("reorder_point", "reorder_point", "decimal"),
        ("safety_stock_level", "safety_stock_level", "decimal"),
        ("value_in_stock", "value_in_stock", "decimal"),
        ("variant", "variant", "model:Variant"),
        ("variant_id", "variant_id", "int"),
    )
    archived_at: datetime.datetime | None = None
    average_cost: Decimal | None = None
    default_storage_bin: Any | None = None
    """The variant's default storage bin at this location (reported live; shape not
    documented)."""
    location: Location | None = None
    location_id: int | None = None
    quantity_committed: Decimal | None = None
    quantity_expected: Decimal | None = None
    quantity_in_stock: Decimal | None = None
    quantity_missing_or_excess: Decimal | None = None
    quantity_potential: Decimal | None = None
    reorder_point: Decimal | None = None
    safety_stock_level: Decimal | None = None
    value_in_stock: Decimal | None = None
    variant: Variant | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .location import Location
from .variant import Variant
