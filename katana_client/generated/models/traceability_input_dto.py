"""TraceabilityInputDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class TraceabilityInputDto(Model):
    """TraceabilityInputDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("serial_number_id", "serial_number_id", "int"),
    )
    batch_id: int | None | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    serial_number_id: int | None | Unset = UNSET
