"""ProductUpdateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class ProductUpdateDto(Model):
    """ProductUpdateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("batch_tracked", "batch_tracked", "bool"),
        ("category_name", "category_name", "str"),
        ("configs", "configs", "list[model:ItemVariantConfigDto]"),
        ("custom_field_collection_id", "custom_field_collection_id", "decimal"),
        ("default_supplier_id", "default_supplier_id", "int"),
        ("is_archived", "is_archived", "bool"),
        ("is_auto_assembly", "is_auto_assembly", "bool"),
        ("is_producible", "is_producible", "bool"),
        ("is_purchasable", "is_purchasable", "bool"),
        ("is_sellable", "is_sellable", "bool"),
        ("name", "name", "str"),
        ("operations_in_sequence", "operations_in_sequence", "bool"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("serial_tracked", "serial_tracked", "bool"),
        ("uom", "uom", "str"),
    )
    additional_info: str | None | Unset = UNSET
    batch_tracked: bool | Unset = UNSET
    category_name: str | None | Unset = UNSET
    configs: list[ItemVariantConfigDto] | Unset = UNSET
    custom_field_collection_id: Decimal | None | Unset = UNSET
    default_supplier_id: int | None | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_auto_assembly: bool | Unset = UNSET
    is_producible: bool | Unset = UNSET
    is_purchasable: bool | Unset = UNSET
    is_sellable: bool | Unset = UNSET
    name: str | Unset = UNSET
    operations_in_sequence: bool | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    serial_tracked: bool | Unset = UNSET
    uom: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .item_variant_config_dto import ItemVariantConfigDto
