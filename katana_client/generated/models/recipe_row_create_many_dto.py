"""RecipeRowCreateManyDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class RecipeRowCreateManyDto(Model):
    """RecipeRowCreateManyDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("rows", "rows", "list[model:RecipeRowCreateDto]"),
        ("keep_current_rows", "keep_current_rows", "bool"),
    )
    rows: list[RecipeRowCreateDto]
    keep_current_rows: bool | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .recipe_row_create_dto import RecipeRowCreateDto
