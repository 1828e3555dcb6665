"""SerialNumberSuccessful: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SerialNumberSuccessful(Model):
    """SerialNumberSuccessful

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("quantity_change", "quantity_change", "decimal"),
        ("resource_id", "resource_id", "int"),
        ("resource_type", "resource_type", "str"),
        ("serial_number", "serial_number", "str"),
        ("transaction_date", "transaction_date", "datetime"),
        ("transaction_id", "transaction_id", "str"),
    )
    id: int
    quantity_change: Decimal | None | Unset = UNSET
    resource_id: int | None | Unset = UNSET
    resource_type: str | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
    transaction_date: datetime.datetime | None | Unset = UNSET
    transaction_id: str | None | Unset = UNSET
