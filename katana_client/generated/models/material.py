"""Material: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class Material(Model):
    """Material

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("archived_at", "archived_at", "datetime"),
        ("batch_tracked", "batch_tracked", "bool"),
        ("category_name", "category_name", "str"),
        ("configs", "configs", "list[model:MaterialConfig]"),
        ("created_at", "created_at", "datetime"),
        ("custom_field_collection_id", "custom_field_collection_id", "int"),
        ("default_supplier_id", "default_supplier_id", "int"),
        ("deleted_at", "deleted_at", "datetime"),
        ("is_sellable", "is_sellable", "bool"),
        ("name", "name", "str"),
        ("operations_in_sequence", "operations_in_sequence", "bool"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("serial_tracked", "serial_tracked", "bool"),
        ("supplier", "supplier", "model:Supplier"),
        ("type", "type_", "str"),
        ("uom", "uom", "str"),
        ("updated_at", "updated_at", "datetime"),
        ("variants", "variants", "list[model:Variant]"),
    )
    id: int
    additional_info: str | None | Unset = UNSET
    archived_at: datetime.datetime | None | Unset = UNSET
    batch_tracked: bool | None | Unset = UNSET
    category_name: str | None | Unset = UNSET
    configs: list[MaterialConfig] | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    custom_field_collection_id: int | None | Unset = UNSET
    default_supplier_id: int | None | Unset = UNSET
    deleted_at: datetime.datetime | None | Unset = UNSET
    is_sellable: bool | None | Unset = UNSET
    name: str | None | Unset = UNSET
    operations_in_sequence: bool | None | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    serial_tracked: bool | None | Unset = UNSET
    supplier: Supplier | None | Unset = UNSET
    type_: str | None | Unset = UNSET
    uom: str | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    variants: list[Variant] | None | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .material_config import MaterialConfig
from .supplier import Supplier
from .variant import Variant
