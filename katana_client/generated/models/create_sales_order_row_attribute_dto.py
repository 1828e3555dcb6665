"""CreateSalesOrderRowAttributeDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CreateSalesOrderRowAttributeDto(Model):
    """CreateSalesOrderRowAttributeDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("key", "key", "str"),
        ("value", "value", "str"),
    )
    key: str
    value: str
