"""SalesOrderShippingFee: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True)
class SalesOrderShippingFee(Model):
    """SalesOrderShippingFee

    Derived from 7 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = (
        ("id", "id", "int"),
        ("amount", "amount", "decimal"),
        ("description", "description", "str"),
        ("sales_order_id", "sales_order_id", "int"),
        ("tax_rate_id", "tax_rate_id", "int"),
    )
    id: int
    amount: Decimal | None | Unset = UNSET
    description: str | None | Unset = UNSET
    sales_order_id: int | None | Unset = UNSET
    tax_rate_id: int | None | Unset = UNSET
