"""Variant: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Variant(Model):
    """Variant

    Derived from 21 example object(s) in Katana's API documentation; every field but `id`
    may be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    abc_classification: VariantAbcClassification | None = None
    config_attributes: list[VariantConfigAttribute] | None = None
    created_at: datetime.datetime | None = None
    custom_fields: Any | None = None
    """Either an object keyed by custom-field definition UUID or a list of `{field_name,
    field_value}` objects (Katana sends either, depending on the X-Custom-Fields-Format
    request header), or null; kept as it came."""
    default_cost: Decimal | None = None
    deleted_at: datetime.datetime | None = None
    internal_barcode: str | None = None
    lead_time: Decimal | None = None
    material_id: int | None = None
    minimum_order_quantity: Decimal | None = None
    product_id: int | None = None
    product_or_material: VariantProductOrMaterial | None = None
    product_or_material_name: str | None = None
    purchase_price: Decimal | None = None
    registered_barcode: str | None = None
    sales_price: Decimal | None = None
    service_id: int | None = None
    sku: str | None = None
    supplier_item_codes: list[str] | None = None
    type_: str | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .variant_abc_classification import VariantAbcClassification
from .variant_config_attribute import VariantConfigAttribute
from .variant_product_or_material import VariantProductOrMaterial
