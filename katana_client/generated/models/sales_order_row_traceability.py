"""SalesOrderRowTraceability: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderRowTraceability(Model):
    """SalesOrderRowTraceability

    Derived from 9 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("bin_location_id", "bin_location_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("serial_number_id", "serial_number_id", "int"),
    )
    batch_id: int | None = None
    bin_location_id: int | None = None
    quantity: Decimal | None = None
    serial_number_id: int | None = None
