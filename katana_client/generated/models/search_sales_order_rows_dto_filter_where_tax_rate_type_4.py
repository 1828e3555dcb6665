"""SearchSalesOrderRowsDtoFilterWhereTaxRateType4: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SearchSalesOrderRowsDtoFilterWhereTaxRateType4(Model):
    """SearchSalesOrderRowsDtoFilterWhereTaxRateType4

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("between", "between", "any"),
        ("gt", "gt", "any"),
        ("gte", "gte", "any"),
        ("ilike", "ilike", "str"),
        ("inq", "inq", "any"),
        ("like", "like", "str"),
        ("lt", "lt", "any"),
        ("lte", "lte", "any"),
        ("neq", "neq", "any"),
        ("nin", "nin", "any"),
    )
    between: list[str | Decimal | bool | None] | Unset = UNSET
    """Inclusive range [low, high]"""
    gt: Any | Unset = UNSET
    """Greater than"""
    gte: Any | Unset = UNSET
    """Greater than or equal"""
    ilike: str | Unset = UNSET
    """SQL LIKE pattern, case-insensitive — UI `contains` / `starts with` / `ends with`"""
    inq: list[str | Decimal | bool | None] | Unset = UNSET
    """Value is in this list"""
    like: str | Unset = UNSET
    """SQL LIKE pattern, case-sensitive (`%` and `_` wildcards)"""
    lt: Any | Unset = UNSET
    """Less than"""
    lte: Any | Unset = UNSET
    """Less than or equal"""
    neq: Any | Unset = UNSET
    """Not equal"""
    nin: list[str | Decimal | bool | None] | Unset = UNSET
    """Value is not in this list"""
