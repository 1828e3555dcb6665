"""CreateServiceVariantDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateServiceVariantDto(Model):
    """CreateServiceVariantDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("custom_fields", "custom_fields", "list[model:CustomFieldValueDto]"),
        ("default_cost", "default_cost", "decimal"),
        ("sales_price", "sales_price", "decimal"),
        ("sku", "sku", "str"),
    )
    custom_fields: list[CustomFieldValueDto] | Unset = UNSET
    default_cost: Decimal | None | Unset = UNSET
    sales_price: Decimal | None | Unset = UNSET
    sku: str | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .custom_field_value_dto import CustomFieldValueDto
