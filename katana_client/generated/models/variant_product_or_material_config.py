"""VariantProductOrMaterialConfig: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class VariantProductOrMaterialConfig(Model):
    """VariantProductOrMaterialConfig

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("name", "name", "str"),
        ("product_id", "product_id", "int"),
        ("values", "values", "list[str]"),
    )
    id: int
    name: str | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET
