"""PurchaseOrder: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class PurchaseOrder(Model):
    """PurchaseOrder

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_info", "additional_info", "str"),
        ("billing_status", "billing_status", "enum:PurchaseOrderBillingStatus"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("default_group_id", "default_group_id", "int"),
        ("deleted_at", "deleted_at", "datetime"),
        ("entity_type", "entity_type", "enum:PurchaseOrderEntityType"),
        ("expected_arrival_date", "expected_arrival_date", "datetime"),
        (
            "ingredient_availability",
            "ingredient_availability",
            "enum:PurchaseOrderIngredientAvailability",
        ),
        ("ingredient_expected_date", "ingredient_expected_date", "datetime"),
        ("last_document_status", "last_document_status", "enum:PurchaseOrderLastDocumentStatus"),
        ("location_id", "location_id", "int"),
        ("order_created_date", "order_created_date", "datetime"),
        ("order_no", "order_no", "str"),
        ("purchase_order_rows", "purchase_order_rows", "list[model:PurchaseOrderRow]"),
        ("status", "status", "enum:PurchaseOrderStatus"),
        ("supplier", "supplier", "model:Supplier"),
        ("supplier_id", "supplier_id", "int"),
        ("total", "total", "decimal"),
        ("total_in_base_currency", "total_in_base_currency", "decimal"),
        ("tracking_location_id", "tracking_location_id", "int"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_info: str | None = None
    billing_status: PurchaseOrderBillingStatus | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    default_group_id: int | None = None
    deleted_at: datetime.datetime | None = None
    entity_type: PurchaseOrderEntityType | None = None
    expected_arrival_date: datetime.datetime | None = None
    ingredient_availability: PurchaseOrderIngredientAvailability | None = None
    ingredient_expected_date: datetime.datetime | None = None
    last_document_status: PurchaseOrderLastDocumentStatus | None = None
    location_id: int | None = None
    order_created_date: datetime.datetime | None = None
    order_no: str | None = None
    purchase_order_rows: list[PurchaseOrderRow] | None = None
    status: PurchaseOrderStatus | None = None
    supplier: Supplier | None = None
    supplier_id: int | None = None
    total: Decimal | None = None
    total_in_base_currency: Decimal | None = None
    tracking_location_id: int | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .purchase_order_billing_status import PurchaseOrderBillingStatus
from .purchase_order_entity_type import PurchaseOrderEntityType
from .purchase_order_ingredient_availability import PurchaseOrderIngredientAvailability
from .purchase_order_last_document_status import PurchaseOrderLastDocumentStatus
from .purchase_order_row import PurchaseOrderRow
from .purchase_order_status import PurchaseOrderStatus
from .supplier import Supplier
