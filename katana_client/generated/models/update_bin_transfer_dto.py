"""UpdateBinTransferDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateBinTransferDto(Model):
    """UpdateBinTransferDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("arrived_at", "arrived_at", "datetime"),
        ("bin_transfer_number", "bin_transfer_number", "str"),
        ("created_date", "created_date", "datetime"),
        ("departed_at", "departed_at", "datetime"),
        ("location_id", "location_id", "int"),
    )
    additional_info: str | None | Unset = UNSET
    arrived_at: datetime.datetime | None | Unset = UNSET
    bin_transfer_number: str | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET
    departed_at: datetime.datetime | None | Unset = UNSET
    location_id: int | Unset = UNSET
