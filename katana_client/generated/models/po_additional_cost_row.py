"""PoAdditionalCostRow: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class PoAdditionalCostRow(Model):
    """PoAdditionalCostRow

    Derived from 4 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("additional_cost_id", "additional_cost_id", "int"),
        ("created_at", "created_at", "datetime"),
        ("currency", "currency", "str"),
        ("currency_conversion_rate", "currency_conversion_rate", "decimal"),
        ("currency_conversion_rate_fix_date", "currency_conversion_rate_fix_date", "datetime"),
        ("deleted_at", "deleted_at", "datetime"),
        (
            "distribution_method",
            "distribution_method",
            "enum:PoAdditionalCostRowDistributionMethod",
        ),
        ("group_id", "group_id", "int"),
        ("name", "name", "str"),
        ("price", "price", "decimal"),
        ("price_in_base", "price_in_base", "decimal"),
        ("reference", "reference", "str"),
        ("tax_rate", "tax_rate", "decimal"),
        ("tax_rate_id", "tax_rate_id", "int"),
        ("updated_at", "updated_at", "datetime"),
    )
    id: int
    additional_cost_id: int | None = None
    created_at: datetime.datetime | None = None
    currency: str | None = None
    currency_conversion_rate: Decimal | None = None
    currency_conversion_rate_fix_date: datetime.datetime | None = None
    deleted_at: datetime.datetime | None = None
    distribution_method: PoAdditionalCostRowDistributionMethod | None = None
    group_id: int | None = None
    name: str | None = None
    price: Decimal | None = None
    price_in_base: Decimal | None = None
    reference: str | None = None
    tax_rate: Decimal | None = None
    tax_rate_id: int | None = None
    updated_at: datetime.datetime | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .po_additional_cost_row_distribution_method import PoAdditionalCostRowDistributionMethod
