"""ProductOperationRowCreateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class ProductOperationRowCreateDto(Model):
    """ProductOperationRowCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("product_variant_id", "product_variant_id", "int"),
        ("cost_parameter", "cost_parameter", "decimal"),
        ("cost_per_hour", "cost_per_hour", "decimal"),
        ("operation_id", "operation_id", "int"),
        ("operation_name", "operation_name", "str"),
        ("planned_time_parameter", "planned_time_parameter", "int"),
        ("planned_time_per_unit", "planned_time_per_unit", "int"),
        ("resource_id", "resource_id", "int"),
        ("resource_name", "resource_name", "str"),
        ("type", "type_", "enum:ProductOperationRowCreateDtoType"),
    )
    product_variant_id: int
    cost_parameter: Decimal | Unset = UNSET
    cost_per_hour: Decimal | Unset = UNSET
    operation_id: int | Unset = UNSET
    operation_name: str | Unset = UNSET
    planned_time_parameter: int | Unset = UNSET
    planned_time_per_unit: int | Unset = UNSET
    resource_id: int | Unset = UNSET
    resource_name: str | Unset = UNSET
    type_: ProductOperationRowCreateDtoType | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .product_operation_row_create_dto_type import ProductOperationRowCreateDtoType
