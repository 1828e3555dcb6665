"""VariantCustomField: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class VariantCustomField(Model):
    """VariantCustomField

    Derived from 16 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("field_name", "field_name", "str"),
        ("field_value", "field_value", "str"),
    )
    field_name: str | None | Unset = UNSET
    field_value: str | None | Unset = UNSET
