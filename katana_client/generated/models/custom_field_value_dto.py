"""CustomFieldValueDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CustomFieldValueDto(Model):
    """CustomFieldValueDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("field_name", "field_name", "str"),
        ("field_value", "field_value", "str"),
    )
    field_name: str
    field_value: str
