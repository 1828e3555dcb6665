"""SerialNumber: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SerialNumber(Model):
    """SerialNumber

    Derived from 11 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("quantity_change", "quantity_change", "decimal"),
        ("resource_id", "resource_id", "int"),
        ("resource_type", "resource_type", "enum:SerialNumberResourceType"),
        ("serial_number", "serial_number", "str"),
        ("transaction_date", "transaction_date", "datetime"),
        ("transaction_id", "transaction_id", "str"),
    )
    id: int
    quantity_change: Decimal | None = None
    resource_id: int | None = None
    resource_type: SerialNumberResourceType | None = None
    serial_number: str | None = None
    transaction_date: datetime.datetime | None = None
    transaction_id: str | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .serial_number_resource_type import SerialNumberResourceType
