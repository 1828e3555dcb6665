"""DeleteSerialNumberDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class DeleteSerialNumberDto(Model):
    """DeleteSerialNumberDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("ids", "ids", "list[decimal]"),
        ("resource_id", "resource_id", "int"),
        ("resource_type", "resource_type", "enum:DeleteSerialNumberDtoResourceType"),
    )
    ids: list[Decimal]
    resource_id: int
    resource_type: DeleteSerialNumberDtoResourceType


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .delete_serial_number_dto_resource_type import DeleteSerialNumberDtoResourceType
