"""UpdatePurchaseOrderRowDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class UpdatePurchaseOrderRowDto(Model):
    """UpdatePurchaseOrderRowDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("arrival_date", "arrival_date", "date"),
        ("location_id", "location_id", "int"),
        ("price_per_unit", "price_per_unit", "decimal"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("quantity", "quantity", "decimal"),
        ("received_date", "received_date", "datetime"),
        ("tax_name", "tax_name", "str"),
        ("tax_rate", "tax_rate", "str"),
        ("tax_rate_id", "tax_rate_id", "int"),
        ("variant_id", "variant_id", "int"),
    )
    arrival_date: datetime.date | Unset = UNSET
    location_id: int | Unset = UNSET
    price_per_unit: Decimal | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    quantity: Decimal | Unset = UNSET
    received_date: datetime.datetime | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
    variant_id: int | Unset = UNSET
