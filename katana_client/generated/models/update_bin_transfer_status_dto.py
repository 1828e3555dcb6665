"""UpdateBinTransferStatusDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class UpdateBinTransferStatusDto(Model):
    """UpdateBinTransferStatusDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (("status", "status", "enum:UpdateBinTransferStatusDtoStatus"),)
    status: UpdateBinTransferStatusDtoStatus


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .update_bin_transfer_status_dto_status import UpdateBinTransferStatusDtoStatus
