"""CreateProductVariantDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateProductVariantDto(Model):
    """CreateProductVariantDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("config_attributes", "config_attributes", "list[model:CreateVariantAttributesDto]"),
        ("custom_fields", "custom_fields", "list[model:CustomFieldValueDto]"),
        ("internal_barcode", "internal_barcode", "str"),
        ("lead_time", "lead_time", "decimal"),
        ("minimum_order_quantity", "minimum_order_quantity", "decimal"),
        ("purchase_price", "purchase_price", "decimal"),
        ("registered_barcode", "registered_barcode", "str"),
        ("sales_price", "sales_price", "decimal"),
        ("sku", "sku", "str"),
        ("supplier_item_codes", "supplier_item_codes", "list[str]"),
    )
    config_attributes: list[CreateVariantAttributesDto] | Unset = UNSET
    custom_fields: list[CustomFieldValueDto] | Unset = UNSET
    internal_barcode: str | Unset = UNSET
    lead_time: Decimal | None | Unset = UNSET
    minimum_order_quantity: Decimal | None | Unset = UNSET
    purchase_price: Decimal | None | Unset = UNSET
    registered_barcode: str | Unset = UNSET
    sales_price: Decimal | None | Unset = UNSET
    sku: str | Unset = UNSET
    supplier_item_codes: list[str] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_variant_attributes_dto import CreateVariantAttributesDto
from .custom_field_value_dto import CustomFieldValueDto
