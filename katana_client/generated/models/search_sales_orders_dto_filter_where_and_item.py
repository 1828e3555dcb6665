"""SearchSalesOrdersDtoFilterWhereAndItem: a model of the Katana API (generated; do not edit)."""

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True)
class SearchSalesOrdersDtoFilterWhereAndItem(Model):
    """SearchSalesOrdersDtoFilterWhereAndItem

    Reading is tolerant (see `Model`): unknown keys are kept in `additional_properties`.
    """

    __katana_fields__ = ()
