"""CreatePurchaseOrderRowWithPurchaseOrderIdDto: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class CreatePurchaseOrderRowWithPurchaseOrderIdDto(Model):
    """CreatePurchaseOrderRowWithPurchaseOrderIdDto

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("price_per_unit", "price_per_unit", "decimal"),
        ("purchase_order_id", "purchase_order_id", "int"),
        ("quantity", "quantity", "decimal"),
        ("variant_id", "variant_id", "int"),
        ("arrival_date", "arrival_date", "str"),
        ("currency", "currency", "str"),
        ("location_id", "location_id", "int"),
        ("purchase_uom", "purchase_uom", "str"),
        ("purchase_uom_conversion_rate", "purchase_uom_conversion_rate", "decimal"),
        ("tax_name", "tax_name", "str"),
        ("tax_rate", "tax_rate", "str"),
        ("tax_rate_id", "tax_rate_id", "int"),
    )
    price_per_unit: Decimal
    purchase_order_id: int
    quantity: Decimal
    variant_id: int
    arrival_date: str | Unset = UNSET
    currency: str | Unset = UNSET
    location_id: int | Unset = UNSET
    purchase_uom: str | None | Unset = UNSET
    purchase_uom_conversion_rate: Decimal | None | Unset = UNSET
    tax_name: str | Unset = UNSET
    tax_rate: str | Unset = UNSET
    tax_rate_id: int | Unset = UNSET
