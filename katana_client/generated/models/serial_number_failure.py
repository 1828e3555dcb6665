"""SerialNumberFailure: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SerialNumberFailure(Model):
    """SerialNumberFailure

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("reason", "reason", "str"),
        ("serial_number", "serial_number", "str"),
    )
    reason: str | None | Unset = UNSET
    serial_number: str | None | Unset = UNSET
