"""UpdateShippingFeeDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateShippingFeeDto(Model):
    """UpdateShippingFeeDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("amount", "amount", "str"),
        ("description", "description", "str"),
        ("tax_rate_id", "tax_rate_id", "int"),
    )
    amount: str
    description: str | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
