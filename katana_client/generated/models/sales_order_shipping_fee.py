"""SalesOrderShippingFee: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SalesOrderShippingFee(Model):
    """SalesOrderShippingFee

    Derived from 7 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("amount", "amount", "decimal"),
        ("description", "description", "str"),
        ("sales_order_id", "sales_order_id", "int"),
        ("tax_rate_id", "tax_rate_id", "int"),
    )
    id: int
    amount: Decimal | None = None
    description: str | None = None
    sales_order_id: int | None = None
    tax_rate_id: int | None = None
