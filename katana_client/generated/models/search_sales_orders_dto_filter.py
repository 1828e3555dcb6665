"""SearchSalesOrdersDtoFilter: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import UNSET, Model, Unset


@define(kw_only=True, slots=False)
class SearchSalesOrdersDtoFilter(Model):
    """SearchSalesOrdersDtoFilter

    A request body: optional fields left `UNSET` are not sent (see `Model`).
    """

    __katana_fields__ = (
        ("limit", "limit", "int"),
        ("order", "order", "any"),
        ("page", "page", "int"),
        ("where", "where", "model:SearchSalesOrdersDtoFilterWhere"),
    )
    limit: int | Unset = UNSET
    """Page size (max 200)"""
    order: str | list[str] | Unset = UNSET
    """Order clause(s). Format: `<field> ASC|DESC`."""
    page: int | Unset = UNSET
    """1-based page number — matches the rest of the public API"""
    where: SearchSalesOrdersDtoFilterWhere | Unset = UNSET


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .search_sales_orders_dto_filter_where import SearchSalesOrdersDtoFilterWhere
