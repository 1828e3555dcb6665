"""VariantConfigAttribute: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class VariantConfigAttribute(Model):
    """VariantConfigAttribute

    Derived from 17 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("config_name", "config_name", "str"),
        ("config_value", "config_value", "str"),
    )
    config_name: str | None = None
    config_value: str | None = None
