"""CreateServiceDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateServiceDto(Model):
    """CreateServiceDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("name", "name", "str"),
        ("variants", "variants", "list[model:CreateServiceVariantDto]"),
        ("additional_info", "additional_info", "str"),
        ("category_name", "category_name", "str"),
        ("custom_field_collection_id", "custom_field_collection_id", "decimal"),
        ("is_sellable", "is_sellable", "bool"),
        ("uom", "uom", "str"),
    )
    name: str
    variants: list[CreateServiceVariantDto]
    additional_info: str | Unset = UNSET
    category_name: str | Unset = UNSET
    custom_field_collection_id: Decimal | None | Unset = UNSET
    is_sellable: bool | Unset = UNSET
    uom: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_service_variant_dto import CreateServiceVariantDto
