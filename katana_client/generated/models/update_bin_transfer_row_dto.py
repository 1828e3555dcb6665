"""UpdateBinTransferRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateBinTransferRowDto(Model):
    """UpdateBinTransferRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("quantity", "quantity", "decimal"),
        ("source_bin_location_id", "source_bin_location_id", "int"),
        ("target_bin_location_id", "target_bin_location_id", "int"),
        ("traceability", "traceability", "list[model:TraceabilityInputDto]"),
        ("variant_id", "variant_id", "int"),
    )
    quantity: Decimal | Unset = UNSET
    source_bin_location_id: int | None | Unset = UNSET
    target_bin_location_id: int | None | Unset = UNSET
    traceability: list[TraceabilityInputDto] | Unset = UNSET
    variant_id: int | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .traceability_input_dto import TraceabilityInputDto
