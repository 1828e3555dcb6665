"""Generated models survive what Katana really sends (issue 2, point 4).

One behaviour per test, each on real generated models and, where the status or body
matters, through a generated endpoint over a mocked httpx transport.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from katana_client import (
    KatanaAPIError,
    KatanaClient,
    KatanaPaginationError,
    KatanaResponseShapeError,
)
from katana_client._runtime import _readers
from katana_client.generated.api.products import get_all_products, get_product
from katana_client.generated.api.sales_order_rows import create_sales_order_row
from katana_client.generated.api.sales_orders import delete_sales_order, get_sales_order
from katana_client.generated.models import (
    CreateSalesOrderRowWithSalesOrderIdDto,
    Product,
    ProductList,
    SalesOrder,
    SalesOrderRow,
    SalesOrderStatus,
    Supplier,
)
from katana_client.generated.types import UNSET

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler) -> KatanaClient:
    return KatanaClient(
        api_key="test-key",
        base_url="https://api.katanamrp.com/v1",
        transport=httpx.MockTransport(handler),
    )


def _json(status: int, body: Any) -> Handler:
    return lambda request: httpx.Response(status, content=json.dumps(body).encode())


def test_null_in_any_field_but_id_reads_as_none() -> None:
    row = SalesOrderRow.from_dict(
        {
            "id": 1,
            "quantity": None,
            "variant_id": None,
            "created_at": None,
            "attributes": None,
            "variant": None,
            "product_availability": None,
        }
    )
    assert row.id == 1
    assert row.quantity is None
    assert row.variant_id is None
    assert row.created_at is None
    assert row.attributes is None
    assert row.variant is None
    assert row.product_availability is None
    assert row.to_dict()["quantity"] is None


def test_a_missing_field_is_none_and_left_out_of_to_dict() -> None:
    row = SalesOrderRow.from_dict({"id": 1, "variant_id": None})
    assert row.quantity is None
    assert row.model_fields_set == {"id", "variant_id"}
    assert row.to_dict() == {"id": 1, "variant_id": None}


def test_a_field_assigned_after_reading_is_written() -> None:
    row = SalesOrderRow.from_dict({"id": 1})
    row.quantity = Decimal(2)
    assert "quantity" in row.model_fields_set
    assert row.to_dict() == {"id": 1, "quantity": Decimal(2)}


def test_a_constructed_response_model_writes_every_field() -> None:
    supplier = Supplier(id=1, name="Acme")
    assert supplier.to_dict()["name"] == "Acme"
    assert supplier.to_dict()["email"] is None
    assert supplier.model_fields_set >= {"id", "name", "email"}


def test_request_models_keep_unset_for_leaving_a_key_out() -> None:
    body = CreateSalesOrderRowWithSalesOrderIdDto(
        sales_order_id=1, variant_id=2, quantity=Decimal(1)
    )
    assert body.price_per_unit is UNSET
    assert "price_per_unit" not in body.to_dict()
    read = CreateSalesOrderRowWithSalesOrderIdDto.from_dict(
        {"sales_order_id": 1, "variant_id": 2, "quantity": 1}
    )
    assert read.price_per_unit is UNSET


def test_an_extra_field_is_kept_reachable_and_written_back() -> None:
    product = Product.from_dict({"id": 1, "name": "Table", "brand_new_field": {"a": 1}})
    assert product["brand_new_field"] == {"a": 1}
    assert product.additional_properties == {"brand_new_field": {"a": 1}}
    assert "brand_new_field" in product
    assert product.to_dict() == {"id": 1, "name": "Table", "brand_new_field": {"a": 1}}


def test_an_empty_object_for_an_absent_nested_object_does_not_fail() -> None:
    # Katana sends `{}` for an absent nested object; a Supplier without its id cannot
    # be read, so the field is None and the `{}` is kept and written back.
    product = Product.from_dict({"id": 1, "supplier": {}})
    assert product.supplier is None
    assert product["supplier"] == {}
    assert product.to_dict() == {"id": 1, "supplier": {}}


def test_an_unknown_enum_value_is_kept_as_its_string() -> None:
    order = SalesOrder.from_dict({"id": 1, "status": "ON_THE_MOON"})
    assert order.status == "ON_THE_MOON"
    assert isinstance(order.status, SalesOrderStatus)
    assert order.to_dict()["status"] == "ON_THE_MOON"
    known = SalesOrder.from_dict({"id": 2, "status": "DELIVERED"})
    assert known.status is SalesOrderStatus.DELIVERED


def test_numbers_sent_as_strings_and_strings_sent_as_numbers_are_read() -> None:
    row = SalesOrderRow.from_dict({"id": "7", "variant_id": "42", "quantity": "3"})
    assert row.id == 7
    assert row.variant_id == 42
    assert row.quantity == Decimal(3)
    product = Product.from_dict({"id": 1, "name": 1234, "uom": Decimal("1.50")})
    assert product.name == "1234"
    assert product.uom == "1.50"


def test_quantities_and_money_are_exact_decimals_from_string_or_number() -> None:
    row = SalesOrderRow.from_dict(
        {"id": 1, "quantity": "45.0000000000", "price_per_unit": 45, "total": 0.1}
    )
    assert isinstance(row.quantity, Decimal)
    assert str(row.quantity) == "45.0000000000"
    assert row.price_per_unit == Decimal(45)
    assert isinstance(row.price_per_unit, Decimal)
    assert isinstance(row.total, Decimal)


async def test_decimal_digits_survive_the_wire_that_float_would_round() -> None:
    # 17+ significant digits: a float would silently change them.
    body = b'{"id": 1, "total": 12345678901234567.891, "quantity": 0.1000000000000000055511}'

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body)

    async with _client(answer) as client:
        response = await get_sales_order.asyncio_detailed(client=client, id=1)
    order = response.parsed
    assert isinstance(order, SalesOrder)
    assert order.total == Decimal("12345678901234567.891")
    assert str(order.total) == "12345678901234567.891"


async def test_decimals_are_written_exactly_in_request_bodies() -> None:
    sent: list[bytes] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request.content)
        return httpx.Response(200, content=b'{"id": 5, "quantity": "2.5000000001"}')

    body = CreateSalesOrderRowWithSalesOrderIdDto(
        sales_order_id=1,
        variant_id=2,
        quantity=Decimal("2.5000000001"),
        price_per_unit=Decimal("12345678901234567.891"),
    )
    async with _client(answer) as client:
        row = await create_sales_order_row.asyncio(client=client, body=body)
    payload = sent[0].decode()
    assert "2.5000000001" in payload
    assert "12345678901234567.891" in payload
    assert json.loads(payload, parse_float=Decimal)["quantity"] == Decimal("2.5000000001")
    assert row is not None
    assert row.quantity == Decimal("2.5000000001")


def test_iso_dates_are_read_as_aware_datetimes() -> None:
    row = SalesOrderRow.from_dict({"id": 1, "created_at": "2020-10-23T10:37:05.085Z"})
    assert row.created_at == datetime.datetime(2020, 10, 23, 10, 37, 5, 85000, tzinfo=datetime.UTC)


def test_a_value_of_the_wrong_shape_is_kept_aside_rather_than_failing(
    caplog: pytest.LogCaptureFixture,
) -> None:
    product = Product.from_dict({"id": 1, "variants": "not-a-list", "supplier": 7})
    # The fields hold what their annotations say; the raw values are kept, not lost.
    assert product.variants is None
    assert product.supplier is None
    assert product.unreadable_keys == ["variants", "supplier"]
    assert product.additional_properties == {"variants": "not-a-list", "supplier": 7}
    assert product.to_dict() == {"id": 1, "variants": "not-a-list", "supplier": 7}


async def test_an_unreadable_value_is_logged_once_with_the_operation_not_the_value(
    caplog: pytest.LogCaptureFixture,
) -> None:
    body = {"id": 1, "archived_at": "secret-looking text", "name": "Table"}
    _readers._LOGGED.discard(("Product", "archived_at"))  # logged once per process
    async with _client(_json(200, body)) as client:
        with caplog.at_level("WARNING", logger="katana_client"):
            first = await get_product.asyncio(client=client, id=1)
            await get_product.asyncio(client=client, id=1)
    assert first is not None
    assert first.archived_at is None
    assert first["archived_at"] == "secret-looking text"
    messages = [r.getMessage() for r in caplog.records if "Product.archived_at" in r.getMessage()]
    assert len(messages) == 1  # once per model and field, not once per read
    assert "getProduct" in messages[0]
    assert "secret-looking" not in messages[0]


async def test_a_response_object_without_its_id_is_a_typed_error_with_the_response() -> None:
    async with _client(_json(200, {"name": "Table"})) as client:
        with pytest.raises(KatanaResponseShapeError) as info:
            await get_product.asyncio(client=client, id=1)
    error = info.value
    assert isinstance(error, ValueError)
    assert (error.model, error.field, error.operation) == ("Product", "id", "getProduct")
    assert "getProduct" in str(error)
    assert error.response is not None
    assert json.loads(error.response.content) == {"name": "Table"}


async def test_a_page_with_an_object_without_its_id_stops_the_walk_with_an_error() -> None:
    body = {"data": [{"id": 1, "name": "Table"}, {"name": "no id"}]}
    async with _client(_json(200, body)) as client:
        page = await get_all_products.asyncio(client=client)
        assert isinstance(page, ProductList)
        assert page.data is None
        assert page["data"] == body["data"]
        with pytest.raises(KatanaPaginationError, match="cannot be read"):
            await client.products.list().collect(max_items=10)


def test_an_unreadable_id_is_a_shape_error_that_does_not_show_the_value() -> None:
    with pytest.raises(KatanaResponseShapeError) as info:
        SalesOrderRow.from_dict({"id": "private-text"})
    assert "private-text" not in str(info.value)
    assert info.value.operation is None


@pytest.mark.parametrize("status", [200, 202, 204])
async def test_any_2xx_without_a_body_is_success(status: int) -> None:
    async with _client(lambda request: httpx.Response(status)) as client:
        response = await delete_sales_order.asyncio_detailed(client=client, id=1)
    assert response.status_code == status
    assert response.parsed is None


async def test_a_body_where_204_was_documented_is_read_as_the_record() -> None:
    async with _client(_json(200, {"id": 1, "deleted": True})) as client:
        response = await delete_sales_order.asyncio_detailed(client=client, id=1)
    assert response.status_code == 200
    assert response.parsed is not None
    assert response.parsed.to_dict() == {"id": 1, "deleted": True}


async def test_204_where_a_body_was_documented_gives_none() -> None:
    async with _client(lambda request: httpx.Response(204)) as client:
        result = await get_product.asyncio(client=client, id=1)
    assert result is None


async def test_a_non_iana_2xx_status_is_success() -> None:
    async with _client(_json(299, {"data": [{"id": 3}]})) as client:
        response = await get_all_products.asyncio_detailed(client=client)
    assert response.status_code == 299
    assert isinstance(response.parsed, ProductList)


@pytest.mark.parametrize("status", [520, 499, 598])
async def test_a_non_iana_error_status_raises_a_typed_error(status: int) -> None:
    html = b"<html>origin error</html>"
    async with _client(lambda request: httpx.Response(status, content=html)) as client:
        with pytest.raises(KatanaAPIError) as info:
            await get_all_products.asyncio(client=client, page=2)
    assert info.value.status_code == status
    assert info.value.method == "GET"
    assert info.value.url == "https://api.katanamrp.com/v1/products"
    assert "test-key" not in str(info.value)


async def test_katana_error_body_is_read_also_when_nested_under_error() -> None:
    body = {
        "error": {
            "statusCode": 422,
            "name": "UnprocessableEntityError",
            "message": "The request body is invalid.",
            "details": [{"path": ".name", "code": "maxLength", "info": {"limit": 10}}],
        }
    }
    async with _client(_json(422, body)) as client:
        with pytest.raises(KatanaAPIError) as info:
            await get_product.asyncio(client=client, id=1)
    assert info.value.status_code == 422
    assert info.value.name == "UnprocessableEntityError"
    assert info.value.message == "The request body is invalid."
