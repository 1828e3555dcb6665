"""CreateMaterialDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateMaterialDto(Model):
    """CreateMaterialDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("name", "name", "str"),
        ("variants", "variants", "list[model:CreateMaterialVariantDto]"),
        ("additional_info", "additional_info", "str"),
        ("batch_tracked", "batch_tracked", "bool"),
        ("category_name", "category_name", "str"),
        ("configs", "configs", "list[model:CreateMaterialConfigDto]"),
        ("custom_field_collection_id", "custom_field_collection_id", "decimal"),
        ("default_supplier_id", "default_supplier_id", "int"),
        ("is_sellable", "is_sellable", "bool"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("uom", "uom", "str"),
    )
    name: str
    variants: list[CreateMaterialVariantDto]
    additional_info: str | Unset = UNSET
    batch_tracked: bool | Unset = UNSET
    category_name: str | Unset = UNSET
    configs: list[CreateMaterialConfigDto] | Unset = UNSET
    custom_field_collection_id: Decimal | None | Unset = UNSET
    default_supplier_id: int | Unset = UNSET
    is_sellable: bool | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | Unset = UNSET
    uom: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_material_config_dto import CreateMaterialConfigDto
from .create_material_variant_dto import CreateMaterialVariantDto
