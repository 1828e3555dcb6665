"""BinTransferRowTraceability: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class BinTransferRowTraceability(Model):
    """BinTransferRowTraceability

    Derived from 12 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("serial_number_id", "serial_number_id", "int"),
    )
    batch_id: int | None | Unset = UNSET
    quantity: Decimal | None | Unset = UNSET
    serial_number_id: int | None | Unset = UNSET
