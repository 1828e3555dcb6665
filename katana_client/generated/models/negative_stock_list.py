"""NegativeStockList: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class NegativeStockList(Model):
    """NegativeStockList

    A page of NegativeStock records, as Katana wraps list responses.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (("data", "data", "list[model:NegativeStock]"),)
    data: list[NegativeStock] | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .negative_stock import NegativeStock
