"""CreateBinTransferDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateBinTransferDto(Model):
    """CreateBinTransferDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("location_id", "location_id", "int"),
        ("additional_info", "additional_info", "str"),
        ("bin_transfer_number", "bin_transfer_number", "str"),
        ("bin_transfer_rows", "bin_transfer_rows", "list[model:CreateNestedBinTransferRowDto]"),
        ("created_date", "created_date", "datetime"),
    )
    location_id: int
    additional_info: str | None | Unset = UNSET
    bin_transfer_number: str | Unset = UNSET
    bin_transfer_rows: list[CreateNestedBinTransferRowDto] | Unset = UNSET
    created_date: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_nested_bin_transfer_row_dto import CreateNestedBinTransferRowDto
