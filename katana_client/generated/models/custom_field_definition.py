"""CustomFieldDefinition: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class CustomFieldDefinition(Model):
    """CustomFieldDefinition

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "str"),
        ("created_at", "created_at", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        ("description", "description", "str"),
        ("entity_type", "entity_type", "str"),
        ("field_type", "field_type", "str"),
        ("label", "label", "str"),
        ("options", "options", "model:CustomFieldDefinitionOptions"),
        ("source", "source", "str"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: str
    created_at: datetime.datetime | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    description: str | None | Unset = UNSET
    entity_type: str | None | Unset = UNSET
    field_type: str | None | Unset = UNSET
    label: str | None | Unset = UNSET
    options: CustomFieldDefinitionOptions | None | Unset = UNSET
    source: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .custom_field_definition_options import CustomFieldDefinitionOptions
