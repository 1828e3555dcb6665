"""SerialNumbersStock: a model of the Katana API (generated; do not edit)."""

# ruff: noqa: E402 - models import each other at the end of the module (see there)

from __future__ import annotations

from attrs import define

from katana_client._runtime import Model


@define(kw_only=True, slots=False)
class SerialNumbersStock(Model):
    """SerialNumbersStock

    Derived from 1 example object(s) in Katana's API documentation; every field but `id` may
    be missing or null.

    Read from responses: a missing key reads as None (see `Model`).
    """

    __katana_fields__ = (
        ("id", "id", "str"),
        ("in_stock", "in_stock", "bool"),
        ("serial_number", "serial_number", "str"),
        ("transactions", "transactions", "list[model:SerialNumbersStockTransaction]"),
    )
    id: str
    in_stock: bool | None = None
    serial_number: str | None = None
    transactions: list[SerialNumbersStockTransaction] | None = None


# Imported last: models refer to each other (a product's variants refer back to their
# product), and by now this module's class exists for any module that imports it back.
from .serial_numbers_stock_transaction import SerialNumbersStockTransaction
