"""CreateNestedBinTransferRowDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateNestedBinTransferRowDto(Model):
    """CreateNestedBinTransferRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("quantity", "quantity", "decimal"),
        ("variant_id", "variant_id", "int"),
        ("source_bin_location_id", "source_bin_location_id", "int"),
        ("target_bin_location_id", "target_bin_location_id", "int"),
        ("traceability", "traceability", "list[model:TraceabilityInputDto]"),
    )
    quantity: Decimal
    variant_id: int
    source_bin_location_id: int | None | Unset = UNSET
    target_bin_location_id: int | None | Unset = UNSET
    traceability: list[TraceabilityInputDto] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .traceability_input_dto import TraceabilityInputDto
