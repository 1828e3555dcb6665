"""CreateSalesOrderRowAttributeDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True)
class CreateSalesOrderRowAttributeDto(Model):
    """CreateSalesOrderRowAttributeDto

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("key", "key", "str"),
        ("value", "value", "str"),
    )
    key: str
    value: str
