"""CreateCustomFieldDefinitionDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreateCustomFieldDefinitionDto(Model):
    """CreateCustomFieldDefinitionDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("entity_type", "entity_type", "str"),
        ("field_type", "field_type", "str"),
        ("label", "label", "str"),
        ("source", "source", "str"),
        ("description", "description", "str"),
        ("options", "options", "model:CreateCustomFieldDefinitionDtoOptionsType0"),
    )
    entity_type: str
    field_type: str
    label: str
    source: str
    description: str | None | Unset = UNSET
    options: CreateCustomFieldDefinitionDtoOptionsType0 | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .create_custom_field_definition_dto_options_type_0 import (
    CreateCustomFieldDefinitionDtoOptionsType0,
)
