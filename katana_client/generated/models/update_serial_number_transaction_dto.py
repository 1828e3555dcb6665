"""UpdateSerialNumberTransactionDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateSerialNumberTransactionDto(Model):
    """UpdateSerialNumberTransactionDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("serial_number_id", "serial_number_id", "int"),
        ("quantity", "quantity", "int"),
    )
    serial_number_id: int
    quantity: int | Unset = UNSET
