"""Material: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class Material(Model):
    """Material

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
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
    additional_info: str | None = None
    archived_at: datetime.datetime | None = None
    batch_tracked: bool | None = None
    category_name: str | None = None
    configs: list[MaterialConfig] | None = None
    created_at: datetime.datetime | None = None
    custom_field_collection_id: int | None = None
    default_supplier_id: int | None = None
    deleted_at: datetime.datetime | None = None
    is_sellable: bool | None = None
    name: str | None = None
    operations_in_sequence: bool | None = None
    purchase_uom: str | None = None
    purchase_uom_conversion_rate: Decimal | None = None
    serial_tracked: bool | None = None
    supplier: Supplier | None = None
    type_: str | None = None
    uom: str | None = None
    updated_at: datetime.datetime | None = None
    variants: list[Variant] | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .material_config import MaterialConfig
from .supplier import Supplier
from .variant import Variant
