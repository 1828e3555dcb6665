"""VariantCustomField: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class VariantCustomField(Model):
    """VariantCustomField

    Derived from 16 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("field_name", "field_name", "str"),
        ("field_value", "field_value", "str"),
    )
    field_name: str | None = None
    field_value: str | None = None
