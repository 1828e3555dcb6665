"""A money or quantity field never holds a number arithmetic cannot take.

JSON has no NaN or Infinity, but `loads` reads the bare constants (as Python's json
does) and a body with one takes the tolerant reader; an exponent such as 1E-9999999
is valid JSON. Each used to land in a `Decimal` field, where `row.quantity > 0` raised
a raw `decimal.InvalidOperation` and sums turned NaN without a word. Now the field
reads as None and the value is kept in `additional_properties`, as for any other
value the field's type cannot hold, through both readers and every way to read.
"""

from __future__ import annotations

import decimal
from decimal import Decimal

import httpx
import pytest

from katana_client import KatanaClient
from katana_client.generated.models import (
    CreateSalesOrderFulfillmentRowDto,
    SalesOrder,
    SalesOrderRow,
    Variant,
)
from katana_client.generated.types import UNSET

BASE = "https://katana.test/v1"


def client_answering(body: bytes) -> KatanaClient:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    return KatanaClient(api_key="k", base_url=BASE, transport=transport)


@pytest.mark.parametrize(
    "number", ["NaN", "Infinity", "-Infinity", "1e-9999999", "1e9999999", "-1E+1000000"]
)
async def test_a_number_no_arithmetic_takes_is_kept_aside_not_read(number: str) -> None:
    body = (
        f'{{"id": 1, "sales_order_rows": [{{"id": 5, "quantity": {number}, '
        f'"price_per_unit": "12.50"}}]}}'
    ).encode()
    async with client_answering(body) as client:
        order = await client.sales_orders.get(1)
    assert order.sales_order_rows is not None
    row = order.sales_order_rows[0]
    assert row.quantity is None
    assert row.price_per_unit == Decimal("12.50")
    assert "quantity" in row.unreadable_keys
    kept = row.additional_properties["quantity"]
    assert isinstance(kept, Decimal)
    # Read the same way from a model's own readers.
    rows = SalesOrder.from_json(body).sales_order_rows
    assert rows is not None
    assert rows[0].quantity is None
    assert SalesOrderRow.from_dict({"id": 5, "quantity": kept}).quantity is None


@pytest.mark.parametrize("number", ["1e999", "-1E-999", "1e999999", "123456789.000001"])
async def test_a_large_but_workable_amount_is_read(number: str) -> None:
    body = f'{{"id": 1, "sales_price": {number}}}'.encode()
    async with client_answering(body) as client:
        variant = await client.variants.get(1)
    assert variant.sales_price == Decimal(number)
    with decimal.localcontext() as context:
        context.traps[decimal.Overflow] = True
        assert variant.sales_price + 1 is not None  # no trap: arithmetic takes it
    assert Variant.from_json(body).sales_price == Decimal(number)


def test_a_nan_in_a_decimal_list_keeps_the_list_aside() -> None:
    body = b'{"sales_order_row_id": 1, "quantity": 1, "serial_numbers": [1, NaN]}'
    row = CreateSalesOrderFulfillmentRowDto.from_json(body)
    assert row.serial_numbers is UNSET
    assert row.additional_properties["serial_numbers"][0] == 1
    fine = b'{"sales_order_row_id": 1, "quantity": 1, "serial_numbers": [1, 2.5]}'
    assert CreateSalesOrderFulfillmentRowDto.from_json(fine).serial_numbers == [
        Decimal(1),
        Decimal("2.5"),
    ]
