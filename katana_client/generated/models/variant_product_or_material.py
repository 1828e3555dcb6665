"""VariantProductOrMaterial: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class VariantProductOrMaterial(Model):
    """VariantProductOrMaterial

    Derived from 2 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
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
    additional_info: str | None | Unset = UNSET
    batch_tracked: bool | None | Unset = UNSET
    category_name: str | None | Unset = UNSET
    configs: list[VariantProductOrMaterialConfig] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    default_supplier_id: int | None | Unset = UNSET
    is_producible: bool | None | Unset = UNSET
    is_purchasable: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    uom: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variants: list[Variant] | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .variant import Variant
from .variant_product_or_material_config import VariantProductOrMaterialConfig
