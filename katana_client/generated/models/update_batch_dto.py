"""UpdateBatchDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateBatchDto(Model):
    """UpdateBatchDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("batch_barcode", "batch_barcode", "str"),
        ("batch_created_date", "batch_created_date", "str"),
        ("batch_number", "batch_number", "str"),
        ("expiration_date", "expiration_date", "str"),
    )
    batch_barcode: str | None | Unset = UNSET
    batch_created_date: str | None | Unset = UNSET
    batch_number: str | Unset = UNSET
    expiration_date: str | None | Unset = UNSET
