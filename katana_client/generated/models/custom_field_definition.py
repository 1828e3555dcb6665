"""CustomFieldDefinition: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class CustomFieldDefinition(Model):
    """CustomFieldDefinition

    Derived from 5 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    created_at: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    description: str | None = None
    entity_type: str | None = None
    field_type: str | None = None
    label: str | None = None
    options: CustomFieldDefinitionOptions | None = None
    source: str | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .custom_field_definition_options import CustomFieldDefinitionOptions
