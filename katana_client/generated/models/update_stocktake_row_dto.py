"""UpdateStocktakeRowDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateStocktakeRowDto(Model):
    """UpdateStocktakeRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("batch_id", "batch_id", "int"),
        ("bin_location_id", "bin_location_id", "int"),
        ("counted_quantity", "counted_quantity", "decimal"),
        ("notes", "notes", "str"),
        ("variant_id", "variant_id", "int"),
    )
    batch_id: int | None | Unset = UNSET
    bin_location_id: int | None | Unset = UNSET
    counted_quantity: Decimal | None | Unset = UNSET
    notes: str | None | Unset = UNSET
    variant_id: int | Unset = UNSET
