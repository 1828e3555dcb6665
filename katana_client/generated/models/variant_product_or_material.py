"""VariantProductOrMaterial: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class VariantProductOrMaterial(Model):
    """VariantProductOrMaterial

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("batch_tracked", "batch_tracked", "bool"),
        ("category_name", "category_name", "str"),
        ("configs", "configs", "list[model:VariantProductOrMaterialConfig]"),
        ("created_at", "created_at", "datetime"),
        ("default_supplier_id", "default_supplier_id", "int"),
        ("is_producible", "is_producible", "bool"),
        ("is_purchasable", "is_purchasable", "bool"),
        ("name", "name", "str"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("type", "type_", "str"),
        ("uom", "uom", "str"),
        ("updated_at", "updated_at", "datetime"),
        ("variants", "variants", "list[model:Variant]"),
    )
    id: int
    additional_info: str | None = None
    batch_tracked: bool | None = None
    category_name: str | None = None
    configs: list[VariantProductOrMaterialConfig] | None = None
    created_at: datetime.datetime | None = None
    default_supplier_id: int | None = None
    is_producible: bool | None = None
    is_purchasable: bool | None = None
    name: str | None = None
    purchase_uom: str | None = None
    purchase_uom_conversion_rate: Decimal | None = None
    type_: str | None = None
    uom: str | None = None
    updated_at: datetime.datetime | None = None
    variants: list[Variant] | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .variant import Variant
from .variant_product_or_material_config import VariantProductOrMaterialConfig
