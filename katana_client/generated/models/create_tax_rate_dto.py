"""CreateTaxRateDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateTaxRateDto(Model):
    """CreateTaxRateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("rate", "rate", "decimal"),
        ("name", "name", "str"),
    )
    rate: Decimal
    name: str | Unset = UNSET
