"""Pagination: every record once, in order, one page in memory, a failed page retried alone.

The big walks run against a real HTTP server on 127.0.0.1 that holds 10,001 products
and answers like Katana: `page`/`limit` query parameters, `{"data": [...]}` bodies, and
an `X-Pagination` header whose numbers are strings and booleans "true"/"false".
"""

from __future__ import annotations

import json
import weakref
from collections.abc import AsyncIterator
from typing import Any

import pytest
from faultserver import Fault, FaultServer, Received, Reply

from katana_client import KatanaClient, KatanaPaginationError, RetryPolicy, collect, paginate
from katana_client._runtime import UNSET
from katana_client.generated.api.operators import get_operators
from katana_client.generated.api.products import get_all_products, get_product
from katana_client.generated.api.sales_orders import search_sales_orders
from katana_client.generated.models import (
    Product,
    SearchSalesOrdersDto,
    SearchSalesOrdersDtoFilter,
)
from katana_client.resilience import PaginationInfo, pages, parse_pagination_header

RECORDS = 10_001
PAGE = 250


class Catalogue:
    """Answers GET /products like Katana; fails chosen pages once with a 503.

    `max_limit` caps `limit` as Katana may: pages are then shorter than asked for.
    `fields` chooses the X-Pagination fields sent (all by default).
    """

    def __init__(self, records: int = RECORDS, *, header: bool = True) -> None:
        self.records = records
        self.header = header
        self.fail_once: set[int] = set()
        self.max_limit: int | None = None
        self.fields: set[str] | None = None

    def __call__(self, request: Received) -> Fault:
        page = int(request.query.get("page", ["1"])[0])
        limit = int(request.query.get("limit", ["50"])[0])
        limit = min(limit, self.max_limit or limit)
        if page in self.fail_once:
            self.fail_once.discard(page)
            return Reply(503, b"")
        first = (page - 1) * limit + 1
        ids = range(first, min(first + limit, self.records + 1))
        total_pages = -(-self.records // limit)
        headers = {}
        if self.header:
            info = {
                "total_records": str(self.records),
                "total_pages": str(total_pages),
                "offset": str(first - 1),
                "page": str(page),
                "first_page": "true" if page == 1 else "false",
                "last_page": "true" if page >= total_pages else "false",
            }
            fields = info.keys() if self.fields is None else self.fields
            headers["X-Pagination"] = json.dumps({k: v for k, v in info.items() if k in fields})
        return Reply(200, {"data": [{"id": i, "name": f"P{i}"} for i in ids]}, headers)


@pytest.fixture
async def catalogue() -> AsyncIterator[tuple[FaultServer, Catalogue]]:
    handler = Catalogue()
    async with FaultServer(handler) as server:
        yield server, handler


def client_for(server: FaultServer) -> KatanaClient:
    retry = RetryPolicy(attempts=3, initial=0.001, jitter=0)
    return KatanaClient(api_key="k", base_url=server.url, retry=retry, rate_limit=False)


def pages_requested(server: FaultServer) -> list[int]:
    return [int(r.query["page"][0]) for r in server.received]


async def test_walk_yields_every_record_exactly_once_in_order(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    async with client_for(server) as client:
        ids = [p.id async for p in paginate(get_all_products.asyncio_detailed, client=client)]
    assert ids == list(range(1, RECORDS + 1))
    assert pages_requested(server) == list(range(1, -(-RECORDS // PAGE) + 1))


async def test_walk_holds_one_page_fetching_the_next_only_when_the_last_is_used(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    seen = 0
    async with client_for(server) as client:
        async for product in paginate(get_all_products.asyncio_detailed, client=client):
            assert isinstance(product, Product)
            # The page of this record is the newest fetched: nothing is read ahead.
            assert len(server.received) == seen // PAGE + 1
            seen += 1
    assert seen == RECORDS


async def test_a_page_that_fails_once_is_retried_alone(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, handler = catalogue
    handler.fail_once = {7, 30}
    async with client_for(server) as client:
        ids = [p.id async for p in paginate(get_all_products.asyncio_detailed, client=client)]
    assert ids == list(range(1, RECORDS + 1))
    requested = pages_requested(server)
    assert requested.count(7) == 2
    assert requested.count(30) == 2
    assert requested.count(1) == 1  # the walk did not restart
    assert len(requested) == -(-RECORDS // PAGE) + 2


@pytest.mark.slow
async def test_every_filter_is_sent_with_every_page(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    async with client_for(server) as client:
        walk = paginate(
            get_all_products.asyncio_detailed,
            client=client,
            page_size=250,
            is_sellable=True,
            ids=[1, 2],
            name="chair",
        )
        count = len([p async for p in walk])
    assert count == RECORDS
    for request in server.received:
        assert request.query["is_sellable"] == ["true"]
        assert request.query["ids"] == ["1", "2"]
        assert request.query["name"] == ["chair"]
        assert request.query["limit"] == ["250"]


async def test_walk_stops_on_a_short_page_when_katana_sends_no_header() -> None:
    async with FaultServer(Catalogue(120, header=False)) as server, client_for(server) as client:
        ids = [p.id async for p in paginate(get_all_products.asyncio_detailed, client=client)]
    assert ids == list(range(1, 121))
    assert pages_requested(server) == [1]


async def test_walk_stops_on_an_empty_page() -> None:
    # 500 records, no header, pages of 250: page 2 is full, page 3 is empty.
    async with FaultServer(Catalogue(500, header=False)) as server, client_for(server) as client:
        ids = [p.id async for p in paginate(get_all_products.asyncio_detailed, client=client)]
    assert len(ids) == 500
    assert pages_requested(server) == [1, 2, 3]


@pytest.mark.parametrize(
    "fields", [None, {"last_page"}, {"total_pages"}], ids=["full", "last_page", "total_pages"]
)
async def test_a_short_page_does_not_stop_the_walk_when_the_header_says_more(
    catalogue: tuple[FaultServer, Catalogue], fields: set[str] | None
) -> None:
    # Katana may cap `limit`: 250 asked, 100 sent, but X-Pagination says there is more.
    server, handler = catalogue
    handler.records, handler.max_limit, handler.fields = 550, 100, fields
    async with client_for(server) as client:
        walk = pages(get_all_products.asyncio_detailed, client=client)
        got = [(p.number, [item.id for item in p.items]) async for p in walk]
    assert [(number, len(ids)) for number, ids in got] == [(n, 100) for n in range(1, 6)] + [
        (6, 50)
    ]
    assert [i for _, ids in got for i in ids] == list(range(1, 551))
    assert all(r.query["limit"] == ["250"] for r in server.received)
    assert pages_requested(server) == [1, 2, 3, 4, 5, 6]


async def test_pages_give_page_by_page_access_with_the_parsed_header(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    async with client_for(server) as client:
        walk = pages(get_all_products.asyncio_detailed, client=client, max_pages=2)
        got = [p async for p in walk]
    assert [p.number for p in got] == [1, 2]
    assert got[0].info == PaginationInfo(
        total_records=RECORDS, total_pages=41, offset=0, page=1, first_page=True, last_page=False
    )


async def test_collect_returns_at_most_max_items_and_fetches_no_page_beyond(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    async with client_for(server) as client:
        products = await collect(get_all_products.asyncio_detailed, client=client, max_items=600)
    assert [p.id for p in products] == list(range(1, 601))
    assert pages_requested(server) == [1, 2, 3]


async def test_collect_with_a_small_bound_asks_for_a_small_page(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    async with client_for(server) as client:
        products = await collect(get_all_products.asyncio_detailed, client=client, max_items=3)
    assert len(products) == 3
    assert server.received[0].query["limit"] == ["3"]


async def test_start_page_resumes_a_walk(catalogue: tuple[FaultServer, Catalogue]) -> None:
    server, _ = catalogue
    async with client_for(server) as client:
        walk = paginate(get_all_products.asyncio_detailed, client=client, start_page=41)
        ids = [p.id async for p in walk]
    assert ids == [10_001]


async def test_a_page_that_keeps_failing_names_the_page_to_resume_from(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    server, _ = catalogue
    server.script("GET", "/products", *[Reply(200, {"data": [{"id": 1}]}, {})])
    for _ in range(3):
        server.script("GET", "/products", Reply(503, b""))
    async with client_for(server) as client:
        with pytest.raises(Exception, match="503") as caught:
            async for _ in paginate(get_all_products.asyncio_detailed, client=client, limit=1):
                pass
    assert any("start_page=2" in note for note in caught.value.__notes__)


async def test_an_unreadable_page_body_is_an_error_not_an_empty_page() -> None:
    def broken(request: Received) -> Fault:
        return Reply(200, b"<html>maintenance</html>", {"Content-Type": "text/html"})

    async with FaultServer(broken) as server, client_for(server) as client:
        with pytest.raises(KatanaPaginationError) as caught:
            async for _ in paginate(get_all_products.asyncio_detailed, client=client):
                pass
    assert caught.value.page == 1


async def test_katana_answering_another_page_is_an_error_not_a_loop() -> None:
    def stuck(request: Received) -> Fault:
        return Reply(200, {"data": [{"id": 1}]}, {"X-Pagination": '{"page": "1"}'})

    async with FaultServer(stuck) as server, client_for(server) as client:
        with pytest.raises(KatanaPaginationError, match="answered page 1"):
            async for _ in paginate(get_all_products.asyncio_detailed, client=client, limit=1):
                pass


async def test_bare_array_lists_walk_too() -> None:
    def operators(request: Received) -> Fault:
        page = int(request.query["page"][0])
        return Reply(200, [{"id": page * 10 + i} for i in range(2)] if page <= 2 else [])

    async with FaultServer(operators) as server, client_for(server) as client:
        walk = paginate(get_operators.asyncio_detailed, client=client, page_size=2)
        ids = [getattr(o, "id", o) async for o in walk]
    assert ids == [10, 11, 20, 21]


async def test_search_posts_page_through_the_body_filter_keeping_the_rest() -> None:
    bodies: list[dict[str, Any]] = []

    def search(request: Received) -> Fault:
        body = request.json()
        bodies.append(body)
        page, limit = body["filter"]["page"], body["filter"]["limit"]
        first = (page - 1) * limit
        return Reply(200, {"data": [{"id": i} for i in range(first, min(first + limit, 5))]})

    query = SearchSalesOrdersDto(filter_=SearchSalesOrdersDtoFilter(order="id ASC"))
    query["trace"] = "kept"
    async with FaultServer(search) as server, client_for(server) as client:
        walk = paginate(
            search_sales_orders.asyncio_detailed, client=client, body=query, page_size=2
        )
        ids = [o.id async for o in walk]
    assert ids == [0, 1, 2, 3, 4]
    assert [b["filter"]["page"] for b in bodies] == [1, 2, 3]
    assert all(b["filter"]["order"] == "id ASC" and b["trace"] == "kept" for b in bodies)
    assert isinstance(query.filter_, SearchSalesOrdersDtoFilter)
    assert query.filter_.page is UNSET  # the caller's body is not changed


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            '{"total_pages": "3", "last_page": "false"}',
            PaginationInfo(total_pages=3, last_page=False),
        ),
        ('{"total_pages": 3, "last_page": true}', PaginationInfo(total_pages=3, last_page=True)),
        ('{"page": "2.0", "first_page": "TRUE"}', PaginationInfo(page=2, first_page=True)),
        ('{"page": "two"}', PaginationInfo()),
        ('{"page": 0, "total_pages": "0", "total_records": -5, "offset": "-1"}', PaginationInfo()),
        ('{"page": "%s", "total_records": 1e400}' % ("9" * 30), PaginationInfo()),
        ('{"total_records": "0", "offset": 0}', PaginationInfo(total_records=0, offset=0)),
        ("not json", None),
        ("[1, 2]", None),
        (None, None),
    ],
)
def test_x_pagination_is_read_tolerantly(header: str | None, expected: Any) -> None:
    assert parse_pagination_header(header) == expected


def test_a_non_list_endpoint_is_refused_with_a_hint() -> None:
    async def walk() -> None:
        async for _ in paginate(get_product.asyncio_detailed, client=KatanaClient(api_key="k")):
            pass

    with pytest.raises(TypeError, match="asyncio_detailed"):
        walk().send(None)


def test_search_without_a_body_is_refused() -> None:
    async def walk() -> None:
        async for _ in paginate(
            search_sales_orders.asyncio_detailed, client=KatanaClient(api_key="k")
        ):
            pass

    with pytest.raises(TypeError, match="body"):
        walk().send(None)


@pytest.mark.slow
async def test_walk_memory_is_bounded_by_a_few_pages(
    catalogue: tuple[FaultServer, Catalogue],
) -> None:
    # Every record handed out is watched through a weak reference: a walk that kept
    # pages (a list of all items, a read-ahead queue) would keep their records alive.
    server, _ = catalogue
    watched: list[weakref.ref[Product]] = []
    most_alive = 0
    async with client_for(server) as client:
        async for product in paginate(get_all_products.asyncio_detailed, client=client):
            watched.append(weakref.ref(product))
            if len(watched) % 50 == 0:
                alive = sum(1 for ref in watched if ref() is not None)
                most_alive = max(most_alive, alive)
    assert len(watched) == RECORDS
    assert most_alive <= 2 * PAGE
