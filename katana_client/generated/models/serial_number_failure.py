"""SerialNumberFailure: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SerialNumberFailure(Model):
    """SerialNumberFailure

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("reason", "reason", "str"),
        ("serial_number", "serial_number", "str"),
    )
    reason: str | None = None
    serial_number: str | None = None
