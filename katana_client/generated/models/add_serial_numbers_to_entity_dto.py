"""AddSerialNumbersToEntityDto: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class AddSerialNumbersToEntityDto(Model):
    """AddSerialNumbersToEntityDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("resource_id", "resource_id", "int"),
        ("resource_type", "resource_type", "enum:AddSerialNumbersToEntityDtoResourceType"),
        ("serial_numbers", "serial_numbers", "list[str]"),
    )
    resource_id: int
    resource_type: AddSerialNumbersToEntityDtoResourceType | Unset = UNSET
    serial_numbers: list[str] | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .add_serial_numbers_to_entity_dto_resource_type import AddSerialNumbersToEntityDtoResourceType
