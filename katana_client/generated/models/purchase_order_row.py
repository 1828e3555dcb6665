"""PurchaseOrderRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class PurchaseOrderRow(Model):
    """PurchaseOrderRow

    Derived from 7 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("arrival_date", "arrival_date", "datetime"),
        (
            "batch_transactions",
            "batch_transactions",
            "list[model:PurchaseOrderRowBatchTransaction]",
        ),
        ("conversion_date", "conversion_date", "datetime"),
        ("conversion_rate", "conversion_rate", "decimal"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("deleted_at", "deleted_at", "datetime"),
        ("group_id", "group_id", "int"),
        ("landed_cost", "landed_cost", "decimal"),
        ("location_id", "location_id", "int"),
        ("price_per_unit", "price_per_unit", "decimal"),
        ("price_per_unit_in_base_currency", "price_per_unit_in_base_currency", "decimal"),
        ("purchase_order_id", "purchase_order_id", "int"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("quantity", "quantity", "decimal"),
        ("received_date", "received_date", "datetime"),
        ("tax_rate_id", "tax_rate_id", "int"),
        ("total", "total", "decimal"),
        ("total_in_base_currency", "total_in_base_currency", "decimal"),
        ("updated_at", "updated_at", "datetime"),
        ("variant_id", "variant_id", "int"),
    )
    id: int
    arrival_date: datetime.datetime | None = None
    batch_transactions: list[PurchaseOrderRowBatchTransaction] | None = None
    conversion_date: datetime.datetime | None = None
    conversion_rate: Decimal | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    deleted_at: datetime.datetime | None = None
    group_id: int | None = None
    landed_cost: Decimal | None = None
    location_id: int | None = None
    price_per_unit: Decimal | None = None
    price_per_unit_in_base_currency: Decimal | None = None
    purchase_order_id: int | None = None
    purchase_uom: str | None = None
    purchase_uom_conversion_rate: Decimal | None = None
    quantity: Decimal | None = None
    received_date: datetime.datetime | None = None
    tax_rate_id: int | None = None
    total: Decimal | None = None
    total_in_base_currency: Decimal | None = None
    updated_at: datetime.datetime | None = None
    variant_id: int | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .purchase_order_row_batch_transaction import PurchaseOrderRowBatchTransaction
