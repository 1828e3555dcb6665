"""VariantBinLocationUpsertDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class VariantBinLocationUpsertDto(Model):
    """VariantBinLocationUpsertDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("bin_name", "bin_name", "str"),
        ("variant_id", "variant_id", "int"),
        ("location_id", "location_id", "int"),
    )
    bin_name: str
    variant_id: int
    location_id: int | Unset = UNSET
