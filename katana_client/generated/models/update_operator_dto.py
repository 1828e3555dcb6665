"""UpdateOperatorDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateOperatorDto(Model):
    """UpdateOperatorDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("name", "name", "str"),
        ("operator_id", "operator_id", "int"),
    )
    name: str | Unset = UNSET
    operator_id: int | Unset = UNSET
