"""Factory: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from typing import Any

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Factory(Model):
    """Factory

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("address", "address", "any"),
        ("base_currency_code", "base_currency_code", "str"),
        ("currency", "currency", "str"),
        ("default_manufacturing_location_id", "default_manufacturing_location_id", "int"),
        ("default_po_lead_time", "default_po_lead_time", "str"),
        ("default_purchases_location_id", "default_purchases_location_id", "int"),
        ("default_sales_location_id", "default_sales_location_id", "int"),
        ("default_so_delivery_time", "default_so_delivery_time", "str"),
        ("display_name", "display_name", "str"),
        ("inventory_closing_date", "inventory_closing_date", "datetime"),
        ("legal_address", "legal_address", "model:FactoryLegalAddress"),
        ("legal_name", "legal_name", "str"),
        ("name", "name", "str"),
        ("timezone", "timezone", "str"),
    )
    address: Any | None = None
    """The factory's address (reported live; shape not documented)."""
    base_currency_code: str | None = None
    currency: str | None = None
    default_manufacturing_location_id: int | None = None
    default_po_lead_time: str | None = None
    default_purchases_location_id: int | None = None
    default_sales_location_id: int | None = None
    default_so_delivery_time: str | None = None
    display_name: str | None = None
    inventory_closing_date: datetime.datetime | None = None
    legal_address: FactoryLegalAddress | None = None
    legal_name: str | None = None
    name: str | None = None
    timezone: str | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .factory_legal_address import FactoryLegalAddress
