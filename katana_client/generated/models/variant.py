"""Variant: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Variant(Model):
    """Variant

    Derived from 21 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("abc_classification", "abc_classification", "enum:VariantAbcClassification"),
        ("config_attributes", "config_attributes", "list[model:VariantConfigAttribute]"),
        ("created_at", "created_at", "datetime"),
        ("custom_fields", "custom_fields", "any"),
        ("default_cost", "default_cost", "decimal"),
        ("deleted_at", "deleted_at", "datetime"),
        ("internal_barcode", "internal_barcode", "str"),
        ("lead_time", "lead_time", "decimal"),
        ("material_id", "material_id", "int"),
        ("minimum_order_quantity", "minimum_order_quantity", "decimal"),
        ("product_id", "product_id", "int"),
        ("product_or_material", "product_or_material", "model:VariantProductOrMaterial"),
        ("product_or_material_name", "product_or_material_name", "str"),
        ("purchase_price", "purchase_price", "decimal"),
        ("registered_barcode", "registered_barcode", "str"),
        ("sales_price", "sales_price", "decimal"),
        ("service_id", "service_id", "int"),
        ("sku", "sku", "str"),
        ("supplier_item_codes", "supplier_item_codes", "list[str]"),
        ("type", "type_", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    abc_classification: VariantAbcClassification | None | Unset = UNSET
    config_attributes: list[VariantConfigAttribute] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_fields: Any | Unset = UNSET
    """Either an object keyed by custom-field definition UUID or a list of `{field_name,
    field_value}` objects (Katana sends either, depending on the X-Custom-Fields-Format
    request header), or null; kept as it came."""
    default_cost: Decimal | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    internal_barcode: str | None | Unset = UNSET
    lead_time: Decimal | None | Unset = UNSET
    material_id: int | None | Unset = UNSET
    minimum_order_quantity: Decimal | None | Unset = UNSET
    product_id: int | None | Unset = UNSET
    product_or_material: VariantProductOrMaterial | None | Unset = UNSET
    product_or_material_name: str | None | Unset = UNSET
    purchase_price: Decimal | None | Unset = UNSET
    registered_barcode: str | None | Unset = UNSET
    sales_price: Decimal | None | Unset = UNSET
    service_id: int | None | Unset = UNSET
    sku: str | None | Unset = UNSET
    supplier_item_codes: list[str] | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .variant_abc_classification import VariantAbcClassification
from .variant_config_attribute import VariantConfigAttribute
from .variant_product_or_material import VariantProductOrMaterial
