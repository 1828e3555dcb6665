"""The resource surface end to end against the fake Katana: list, get, create, update,
delete, search, typed errors and raw responses, as an application would use them."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from servers.leakcheck import find_leaks, make_secret

from katana_client import (
    AsyncPager,
    KatanaClient,
    KatanaEmptyResponseError,
    KatanaNotFoundError,
    KatanaPaginationError,
    KatanaResponseShapeError,
    KatanaValidationError,
    PageOf,
)
from katana_client.generated.api.price_list_rows import create_price_list_row
from katana_client.generated.api.products import delete_product, get_all_products, get_product
from katana_client.generated.models import (
    CreatePriceListRowsDto,
    CreateProductDto,
    CreateProductVariantDto,
    CreateSalesOrderDto,
    Product,
    ProductUpdateDto,
    SalesOrder,
    SearchSalesOrdersDto,
)
from katana_client.testing import FakeKatana


@pytest.fixture
def fake() -> FakeKatana:
    fake = FakeKatana(rate_limit=False)
    fake.state.add_products(7)  # 10 with the 3 seeded
    return fake


@pytest.fixture
async def client(fake: FakeKatana) -> AsyncIterator[KatanaClient]:
    async with fake.client() as client:
        yield client


def _pages_sent(fake: FakeKatana, operation_id: str) -> list[str]:
    return [dict(r.query).get("page", "") for r in fake.operation_requests(operation_id)]


async def test_list_iterates_every_record_across_pages(
    client: KatanaClient, fake: FakeKatana
) -> None:
    names = [product.name async for product in client.products.list(page_size=3)]

    assert names == [f"Lightsaber {n}" for n in range(1, 11)]
    assert _pages_sent(fake, "getAllProducts") == ["1", "2", "3", "4"]


async def test_list_records_are_typed_models(client: KatanaClient) -> None:
    async for product in client.products.list():
        assert isinstance(product, Product)


async def test_list_sends_its_filters_with_every_page(
    client: KatanaClient, fake: FakeKatana
) -> None:
    found = [p async for p in client.products.list(name="Lightsaber 4", page_size=1)]

    assert [p.id for p in found] == [4]
    for request in fake.operation_requests("getAllProducts"):
        assert dict(request.query)["name"] == "Lightsaber 4"


async def test_list_sends_nothing_until_iterated(client: KatanaClient, fake: FakeKatana) -> None:
    pager = client.products.list()

    assert isinstance(pager, AsyncPager)
    assert fake.operation_requests("getAllProducts") == []


async def test_pages_give_page_numbers_records_and_pagination_header(
    client: KatanaClient,
) -> None:
    pages = [page async for page in client.products.list(page_size=4).pages()]

    assert [p.number for p in pages] == [1, 2, 3]
    assert [len(p.items) for p in pages] == [4, 4, 2]
    assert all(isinstance(p, PageOf) for p in pages)
    assert pages[0].info is not None
    assert pages[0].info.total_records == 10
    assert pages[-1].response.status_code == 200


async def test_collect_stops_at_max_items_without_fetching_more(
    client: KatanaClient, fake: FakeKatana
) -> None:
    products = await client.products.list().collect(max_items=5)

    assert [p.id for p in products] == [1, 2, 3, 4, 5]
    assert _pages_sent(fake, "getAllProducts") == ["1"]


async def test_start_page_and_max_pages_bound_the_walk(
    client: KatanaClient, fake: FakeKatana
) -> None:
    pager = client.products.list(page_size=2, start_page=2, max_pages=2)

    assert [p.id async for p in pager] == [3, 4, 5, 6]
    assert [p.id for p in await pager.collect(max_items=3)] == [3, 4, 5]
    assert _pages_sent(fake, "getAllProducts") == ["2", "3", "2", "3"]


async def test_get_returns_the_model(client: KatanaClient) -> None:
    product = await client.products.get(2)

    assert isinstance(product, Product)
    assert product.id == 2
    assert product.name == "Lightsaber 2"


async def test_create_update_get_delete_round_trip(client: KatanaClient) -> None:
    created = await client.products.create(
        CreateProductDto(name="Holocron", variants=[CreateProductVariantDto(sku="HOLO-1")])
    )
    assert isinstance(created.id, int)
    assert created.name == "Holocron"

    updated = await client.products.update(created.id, ProductUpdateDto(name="Sith holocron"))
    assert updated.name == "Sith holocron"
    assert (await client.products.get(created.id)).name == "Sith holocron"

    await client.products.delete(created.id)
    with pytest.raises(KatanaNotFoundError) as caught:
        await client.products.get(created.id)
    assert caught.value.status_code == 404


async def test_invalid_create_raises_the_typed_validation_error(client: KatanaClient) -> None:
    with pytest.raises(KatanaValidationError) as caught:
        await client.sales_orders.create(
            CreateSalesOrderDto.from_dict(
                {
                    "customer_id": 999,
                    "order_no": "SO-X",
                    "sales_order_rows": [{"variant_id": 1, "quantity": 1}],
                }
            )
        )
    assert caught.value.status_code == 422
    assert [d.path for d in caught.value.details] == [".customer_id"]


async def test_raw_get_gives_status_headers_and_the_model(client: KatanaClient) -> None:
    response = await client.products.with_raw_response.get(1)

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert isinstance(response.parsed, Product)
    assert response.parsed.id == 1
    assert json.loads(response.content)["id"] == 1


async def test_raw_list_fetches_the_one_page_asked_for(
    client: KatanaClient, fake: FakeKatana
) -> None:
    response = await client.products.with_raw_response.list(page=2, limit=3)

    assert response.parsed is not None
    assert [p.id for p in response.parsed.data or []] == [4, 5, 6]
    assert json.loads(response.headers["X-Pagination"])["total_pages"] == 4
    assert _pages_sent(fake, "getAllProducts") == ["2"]


async def test_raw_errors_are_typed_too(client: KatanaClient) -> None:
    with pytest.raises(KatanaNotFoundError):
        await client.products.with_raw_response.get(999)


async def test_search_pages_through_its_body(client: KatanaClient, fake: FakeKatana) -> None:
    second = await client.sales_orders.create(
        CreateSalesOrderDto.from_dict(
            {
                "customer_id": 2,
                "order_no": "SO-2",
                "sales_order_rows": [{"variant_id": 1, "quantity": 1}],
            }
        )
    )

    found = [o async for o in client.sales_orders.search(SearchSalesOrdersDto(), page_size=1)]

    assert [o.id for o in found] == [1, second.id]
    assert all(isinstance(o, SalesOrder) for o in found)
    bodies = [r.body for r in fake.operation_requests("searchSalesOrders")]
    assert [b["filter"]["page"] for b in bodies][:2] == [1, 2]


async def test_unpaged_list_actions_iterate_their_one_answer(
    client: KatanaClient, fake: FakeKatana
) -> None:
    items = await client.sales_orders.returnable_items(1).collect(max_items=100)

    assert isinstance(items, list)
    assert len(fake.operation_requests("getReturnableItems")) == 1


# -- what the fake does not do: bodies Katana sends against its documents -------------


def _answering(status: int, content: bytes) -> KatanaClient:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content)

    return KatanaClient(
        api_key="test", base_url="http://localhost", transport=httpx.MockTransport(handler)
    )


async def test_a_2xx_without_the_documented_body_raises_empty_response() -> None:
    async with _answering(200, b"") as client:
        with pytest.raises(KatanaEmptyResponseError) as caught:
            await client.products.get(1)
    assert caught.value.operation == "getProduct"
    assert caught.value.response.status_code == 200


@pytest.mark.parametrize(
    ("content", "received"),
    [
        (b"", "with no body"),
        (b" \r\n\t ", "with a body of only whitespace (5 bytes)"),
        (b"null", "with a JSON null"),
        (b" null\n", "with a JSON null"),
    ],
)
async def test_an_empty_2xx_says_what_came_and_what_was_expected(
    content: bytes, received: str
) -> None:
    async with _answering(200, content) as client:
        with pytest.raises(KatanaEmptyResponseError) as caught:
            await client.products.get(1)
        with pytest.raises(KatanaEmptyResponseError) as listed:
            await client.price_list_rows.create(
                CreatePriceListRowsDto(price_list_id=1, price_list_rows=[])
            )
    assert str(caught.value) == (
        f"getProduct: Katana answered 200 {received}, where the API documents one Product "
        "object; the request itself succeeded."
    )
    assert str(listed.value).startswith(
        f"createPriceListRow: Katana answered 200 {received}, where the API documents a list "
        "of PriceListRow;"
    )


async def test_a_2xx_json_string_is_named_as_such() -> None:
    async with _answering(200, b'"text"') as client:
        with pytest.raises(KatanaResponseShapeError) as caught:
            await client.products.get(1)
    assert "with a JSON str where one Product object was expected" in str(caught.value)


_NOT_JSON = "the body is not JSON and may have been cut short"


@pytest.mark.parametrize(
    "content",
    [
        b'{"id": 1, "name": "Ta',  # cut short
        b"<html>" + b"secret-page " * 500,  # a proxy's page
        b'{"id": ' + b"7" * 5000 + b"}",  # more digits than Python turns into an int
        b'{"id": 1, "name": "\xff"}',  # not UTF-8
    ],
)
async def test_a_2xx_whose_body_is_not_json_raises_a_short_shape_error(content: bytes) -> None:
    async with _answering(200, content) as client:
        with pytest.raises(KatanaResponseShapeError) as caught:
            await client.products.get(1)
    message = str(caught.value)
    assert _NOT_JSON in message
    assert f"({len(content)} bytes;" in message
    assert len(message) < 400
    assert "secret-page" not in message
    assert "7777" not in message
    assert (caught.value.operation, caught.value.status_code) == ("getProduct", 200)
    assert caught.value.content == content


# Every way to call getProduct (and a list and a create) below a resource's action.
LOW_LEVEL: dict[str, Callable[[KatanaClient], Awaitable[Any]]] = {
    "asyncio_detailed": lambda c: get_product.asyncio_detailed(c, 1),
    "asyncio": lambda c: get_product.asyncio(c, 1),
    "with_raw_response": lambda c: c.products.with_raw_response.get(1),
    "list asyncio_detailed": lambda c: get_all_products.asyncio_detailed(c),
    "create asyncio_detailed": lambda c: create_price_list_row.asyncio_detailed(
        c, CreatePriceListRowsDto(price_list_id=1, price_list_rows=[])
    ),
}


@pytest.mark.parametrize("call", list(LOW_LEVEL))
async def test_a_2xx_that_is_not_json_raises_below_the_resource_too(call: str) -> None:
    # `parsed` is the operation's typed result: a body that is no JSON at all raises
    # as a resource's action does, with the status, headers and bytes on the error.
    content = b'{"id": 1, "name": "Ta'
    async with _answering(200, content) as client:
        with pytest.raises(KatanaResponseShapeError, match=_NOT_JSON) as caught:
            await LOW_LEVEL[call](client)
    error = caught.value
    assert (error.status_code, error.content) == (200, content)
    assert error.response is not None
    assert error.response.status_code == 200
    assert ("Katana may already have acted on it" in str(error)) == call.startswith("create")


async def test_a_body_that_is_not_json_where_none_is_documented_is_kept_unread() -> None:
    async with _answering(200, b"OK") as client:
        response = await delete_product.asyncio_detailed(client, 1)
    assert (response.status_code, response.parsed, response.content) == (200, None, b"OK")


async def test_a_list_page_that_is_not_json_says_so_in_the_same_words() -> None:
    async with _answering(200, b'{"data": [{"id": 1}, {"id"') as client:
        with pytest.raises(KatanaPaginationError, match=_NOT_JSON) as caught:
            [p async for p in client.products.list()]
    assert caught.value.page == 1


async def test_a_raw_action_returns_an_empty_2xx_instead_of_raising() -> None:
    async with _answering(200, b"") as client:
        response = await client.products.with_raw_response.get(1)
    assert (response.status_code, response.parsed) == (200, None)


async def test_a_webhooks_signing_token_shows_in_no_repr_yet_stays_readable() -> None:
    # With the token anyone could sign deliveries the webhook router accepts.
    token = make_secret("webhook-token")
    body = json.dumps({"id": 7, "url": "https://hooks.example/k", "token": token}).encode()
    async with _answering(200, body) as client:
        hook = await client.webhooks.get(7)
        raw = await client.webhooks.with_raw_response.get(7)
    assert find_leaks([repr(hook), str(hook), repr(raw), str(raw), repr([hook])]) == []
    assert repr(raw) == f"<Response [200], {len(body)} bytes>"
    assert (hook.token, hook.to_dict()["token"], raw.content) == (token, token, body)


async def test_raw_calls_at_once_each_get_their_own_response() -> None:
    fake = FakeKatana(rate_limit=False)
    async with fake.client() as client:
        created = [
            await client.products.create(
                CreateProductDto(name=f"P{n}", variants=[CreateProductVariantDto(sku=f"P-{n}")])
            )
            for n in range(3)
        ]
        raw = client.products.with_raw_response
        responses = await asyncio.gather(*(raw.get(p.id) for p in created))
    assert [r.parsed.id for r in responses if r.parsed] == [p.id for p in created]


async def test_delete_succeeds_when_katana_sends_a_body_anyway() -> None:
    async with _answering(200, b'{"id": 1}') as client:
        await client.products.delete(1)  # typed `-> None`: nothing to read back
