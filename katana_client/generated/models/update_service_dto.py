"""UpdateServiceDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdateServiceDto(Model):
    """UpdateServiceDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("additional_info", "additional_info", "str"),
        ("category_name", "category_name", "str"),
        ("custom_field_collection_id", "custom_field_collection_id", "int"),
        ("custom_fields", "custom_fields", "list[model:CustomFieldValueDto]"),
        ("default_cost", "default_cost", "decimal"),
        ("is_archived", "is_archived", "bool"),
        ("is_sellable", "is_sellable", "bool"),
        ("name", "name", "str"),
        ("sales_price", "sales_price", "decimal"),
        ("sku", "sku", "str"),
        ("uom", "uom", "str"),
    )
    additional_info: str | None | Unset = UNSET
    category_name: str | None | Unset = UNSET
    custom_field_collection_id: int | None | Unset = UNSET
    custom_fields: list[CustomFieldValueDto] | Unset = UNSET
    default_cost: Decimal | None | Unset = UNSET
    is_archived: bool | Unset = UNSET
    is_sellable: bool | Unset = UNSET
    name: str | Unset = UNSET
    sales_price: Decimal | None | Unset = UNSET
    sku: str | None | Unset = UNSET
    uom: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .custom_field_value_dto import CustomFieldValueDto
