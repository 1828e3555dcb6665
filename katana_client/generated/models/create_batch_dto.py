"""CreateBatchDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateBatchDto(Model):
    """CreateBatchDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("batch_number", "batch_number", "str"),
        ("variant_id", "variant_id", "int"),
        ("batch_barcode", "batch_barcode", "str"),
        ("batch_created_date", "batch_created_date", "str"),
        ("expiration_date", "expiration_date", "str"),
    )
    batch_number: str
    variant_id: int
    batch_barcode: str | Unset = UNSET
    batch_created_date: str | Unset = UNSET
    expiration_date: str | Unset = UNSET
