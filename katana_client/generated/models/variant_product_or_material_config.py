"""VariantProductOrMaterialConfig: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class VariantProductOrMaterialConfig(Model):
    """VariantProductOrMaterialConfig

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("name", "name", "str"),
        ("product_id", "product_id", "int"),
        ("values", "values", "list[str]"),
    )
    id: int
    name: str | None = None
    product_id: int | None = None
    values: list[str] | None = None
