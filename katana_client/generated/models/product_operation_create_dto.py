"""ProductOperationCreateDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class ProductOperationCreateDto(Model):
    """ProductOperationCreateDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("rows", "rows", "list[model:ProductOperationRowCreateDto]"),
        ("keep_current_rows", "keep_current_rows", "bool"),
    )
    rows: list[ProductOperationRowCreateDto]
    keep_current_rows: bool | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .product_operation_row_create_dto import ProductOperationRowCreateDto
