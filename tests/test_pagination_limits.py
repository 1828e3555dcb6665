"""A walk ends whatever the server sends: hostile and broken pagination, at the public API.

Each server below is scripted at the HTTP layer (`httpx.MockTransport`) to answer list
pages the way a broken or hostile Katana could: the same page again, `last_page: false`
forever, `total_pages` without a last page, empty pages, page numbers that go backwards,
nonsense in `X-Pagination`, or new records forever. Every way to walk a list (the
resources' `AsyncPager`, `paginate`, `pages`, `collect`; query-paged lists and the
body-paged search POSTs) must end, with every record once or a `KatanaPaginationError`
that names the operation, the page and why. `asyncio.wait_for` only proves "did not hang".
"""

from __future__ import annotations

import asyncio
import json
import types
from collections.abc import AsyncIterable, Awaitable, Callable
from typing import Any

import httpx
import pytest
from faultserver import Fault, FaultServer, Received, Reply

from katana_client import (
    KatanaClient,
    KatanaError,
    KatanaPaginationError,
    KatanaParameterError,
    RetryPolicy,
    SyncKatanaClient,
    collect,
    paginate,
)
from katana_client.generated.api.products import get_all_products
from katana_client.generated.api.sales_orders import search_sales_orders
from katana_client.generated.models import SearchSalesOrdersDto, SearchSalesOrdersDtoFilter
from katana_client.resilience import MAX_PAGES, pages

LIMIT = 5
GUARD = 60  # seconds: generous, only to turn a hang into a failure

# A script answers (page, limit) with the page's ids and its X-Pagination (or None).
Script = Callable[[int, int], tuple[list[int], dict[str, Any] | str | None]]


class Server:
    """Answers GET /products and POST /sales_orders/search from a script; counts pages."""

    def __init__(self, script: Script, *, empty_body: bool = False) -> None:
        self.script = script
        self.empty_body = empty_body  # answer an empty page with no body at all
        self.requested: list[int] = []

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        # Yield to the event loop, as a real server's answer would: without it a walk
        # that never ends would never let `asyncio.wait_for` time it out.
        await asyncio.sleep(0)
        if request.method == "POST":
            page_filter = json.loads(request.content)["filter"]
            page, limit = int(page_filter["page"]), int(page_filter["limit"])
        else:
            page, limit = int(request.url.params["page"]), int(request.url.params["limit"])
        self.requested.append(page)
        ids, header = self.script(page, limit)
        headers = {}
        if header is not None:
            headers["X-Pagination"] = header if isinstance(header, str) else json.dumps(header)
        if not ids and self.empty_body:
            return httpx.Response(200, content=b"", headers=headers)
        return httpx.Response(200, json={"data": [{"id": i} for i in ids]}, headers=headers)


def client_for(server: Server) -> KatanaClient:
    return KatanaClient(
        api_key="k", base_url="https://katana.test/v1", transport=httpx.MockTransport(server)
    )


Walk = Callable[[KatanaClient], Awaitable[list[Any]]]
BIG = 10**6


async def _resource(client: KatanaClient) -> list[Any]:
    return [p.id async for p in client.products.list(page_size=LIMIT)]


async def _resource_pages(client: KatanaClient) -> list[Any]:
    return [
        p.id async for page in client.products.list(page_size=LIMIT).pages() for p in page.items
    ]


async def _resource_collect(client: KatanaClient) -> list[Any]:
    return [p.id for p in await client.products.list(page_size=LIMIT).collect(max_items=BIG)]


async def _paginate(client: KatanaClient) -> list[Any]:
    walk = paginate(get_all_products.asyncio_detailed, client=client, page_size=LIMIT)
    return [p.id async for p in walk]


async def _pages(client: KatanaClient) -> list[Any]:
    walk = pages(get_all_products.asyncio_detailed, client=client, page_size=LIMIT)
    return [p.id async for page in walk for p in page.items]


async def _collect(client: KatanaClient) -> list[Any]:
    found = await collect(
        get_all_products.asyncio_detailed, client=client, max_items=BIG, page_size=LIMIT
    )
    return [p.id for p in found]


async def _search(client: KatanaClient) -> list[Any]:
    return [o.id async for o in client.sales_orders.search(SearchSalesOrdersDto(), page_size=LIMIT)]


async def _search_paginate(client: KatanaClient) -> list[Any]:
    walk = paginate(
        search_sales_orders.asyncio_detailed,
        client=client,
        body=SearchSalesOrdersDto(),
        page_size=LIMIT,
    )
    return [o.id async for o in walk]


WALKS: dict[str, Walk] = {
    "resource": _resource,
    "resource_pages": _resource_pages,
    "resource_collect": _resource_collect,
    "paginate": _paginate,
    "pages": _pages,
    "collect": _collect,
    "search": _search,
    "search_paginate": _search_paginate,
}
OPERATION = {"search": "searchSalesOrders", "search_paginate": "searchSalesOrders"}


def operation_of(walk: str) -> str:
    return OPERATION.get(walk, "getAllProducts")


def ids_of(page: int, limit: int) -> list[int]:
    """The ids a real list has on `page`: disjoint from every other page."""
    return list(range((page - 1) * limit + 1, page * limit + 1))


async def walk_until_error(walk: str, server: Server) -> KatanaPaginationError:
    async with client_for(server) as client:
        with pytest.raises(KatanaPaginationError) as caught:
            await asyncio.wait_for(WALKS[walk](client), GUARD)
    return caught.value


async def walk_to_end(walk: str, server: Server) -> list[Any]:
    async with client_for(server) as client:
        return await asyncio.wait_for(WALKS[walk](client), GUARD)


each_walk = pytest.mark.parametrize("walk", list(WALKS))


@each_walk
async def test_the_same_full_page_without_a_page_number_is_an_error(walk: str) -> None:
    server = Server(lambda page, limit: (ids_of(1, limit), None))
    error = await walk_until_error(walk, server)
    assert isinstance(error, KatanaError)
    assert (error.operation, error.page) == (operation_of(walk), 2)
    assert f"{operation_of(walk)} page 2" in str(error)
    assert "same records as an earlier page" in str(error)
    assert server.requested == [1, 2]


@each_walk
async def test_the_same_short_page_with_last_page_false_forever_is_an_error(walk: str) -> None:
    server = Server(lambda page, limit: ([1, 2], {"last_page": "false"}))
    error = await walk_until_error(walk, server)
    assert error.page == 2
    assert server.requested == [1, 2]


@each_walk
async def test_pages_that_cycle_are_an_error(walk: str) -> None:
    # Page 3 is page 1 again: a server that ignores `page` past some point, or loops.
    server = Server(lambda page, limit: (ids_of(2 - page % 2, limit), {"last_page": False}))
    error = await walk_until_error(walk, server)
    assert error.page == 3
    assert server.requested == [1, 2, 3]


@each_walk
async def test_the_walk_stops_at_total_pages_when_last_page_never_says_true(walk: str) -> None:
    server = Server(
        lambda page, limit: (ids_of(page, limit), {"total_pages": "3", "last_page": "false"})
    )
    assert await walk_to_end(walk, server) == list(range(1, 3 * LIMIT + 1))
    assert server.requested == [1, 2, 3]


def empty_second_page(header: dict[str, Any] | None) -> Script:
    """Page 1 is full, page 2 empty; every page carries `header` (with its page number)."""
    return lambda page, limit: (
        ids_of(page, limit) if page == 1 else [],
        None if header is None else {**header, "page": page},
    )


@each_walk
@pytest.mark.parametrize("empty_body", [False, True], ids=["empty-data", "no-body"])
@pytest.mark.parametrize(
    "header",
    [{"total_pages": 3, "last_page": False}, {"total_pages": "3"}, {"last_page": "false"}],
)
async def test_an_empty_page_the_header_says_is_not_the_last_is_an_error(
    walk: str, empty_body: bool, header: dict[str, Any]
) -> None:
    server = Server(empty_second_page(header), empty_body=empty_body)
    error = await walk_until_error(walk, server)
    assert (error.operation, error.page) == (operation_of(walk), 2)
    assert "empty page" in str(error)
    assert "X-Pagination" in str(error)
    assert "start_page=2" in str(error)
    assert server.requested == [1, 2]


@each_walk
@pytest.mark.parametrize("empty_body", [False, True], ids=["empty-data", "no-body"])
@pytest.mark.parametrize(
    "header",
    [None, {"total_pages": "2"}, {"total_pages": 2, "last_page": False}],
)
async def test_an_empty_page_the_header_does_not_contradict_ends_the_walk(
    walk: str, empty_body: bool, header: dict[str, Any] | None
) -> None:
    server = Server(empty_second_page(header), empty_body=empty_body)
    assert await walk_to_end(walk, server) == ids_of(1, LIMIT)
    assert server.requested == [1, 2]


@each_walk
async def test_an_empty_list_whose_header_says_no_records_is_empty(walk: str) -> None:
    header = {"total_records": 0, "total_pages": 0, "last_page": False}
    server = Server(lambda page, limit: ([], header))
    assert await walk_to_end(walk, server) == []
    assert server.requested == [1]


@each_walk
async def test_a_page_number_going_backwards_is_an_error(walk: str) -> None:
    server = Server(lambda page, limit: (ids_of(page, limit), {"page": page - 1}))
    error = await walk_until_error(walk, server)
    assert error.page == 2  # page 1 came as "page 0": no page, ignored
    assert "asked for this page but Katana answered page 1" in str(error)


@each_walk
@pytest.mark.parametrize(
    "page", ['"0"', "0", "-1", '"-1"', "NaN", '"1e400"', '"1.5"', '"x"', "9" * 4000, "null"]
)
async def test_a_page_number_that_names_no_page_is_ignored(walk: str, page: str) -> None:
    # 12 real records, each page numbered with nonsense (a proxy that writes page 0).
    def records(page_asked: int, limit: int) -> tuple[list[int], str]:
        return [i for i in ids_of(page_asked, limit) if i <= 12], f'{{"page": {page}}}'

    server = Server(records)
    assert await walk_to_end(walk, server) == list(range(1, 13))
    assert server.requested == [1, 2, 3]


@each_walk
async def test_the_last_page_sent_again_for_every_page_past_the_end_ends_the_walk(
    walk: str,
) -> None:
    # 12 records; pages past the third answer the third again, saying "not last".
    def clamping(page: int, limit: int) -> tuple[list[int], dict[str, Any]]:
        return [i for i in ids_of(min(page, 3), limit) if i <= 12], {"last_page": "false"}

    server = Server(clamping)
    assert await walk_to_end(walk, server) == list(range(1, 13))
    assert server.requested == [1, 2, 3]


@each_walk
@pytest.mark.parametrize(
    "total_pages", ['"-1"', "-1", '"0"', "NaN", '"NaN"', '"1e400"', "1e400", str(10**30), '"x"']
)
async def test_nonsense_total_pages_neither_cuts_nor_prolongs_the_walk(
    walk: str, total_pages: str
) -> None:
    # 12 real records; `total_pages` is nonsense and `last_page` never says true.
    def records(page: int, limit: int) -> tuple[list[int], str]:
        header = f'{{"total_pages": {total_pages}, "last_page": "false", "total_records": -5}}'
        return [i for i in ids_of(page, limit) if i <= 12], header

    server = Server(records)
    assert await walk_to_end(walk, server) == list(range(1, 13))
    assert len(server.requested) <= 4


@each_walk
async def test_a_nested_x_pagination_header_is_ignored_not_an_error(walk: str) -> None:
    server = Server(lambda page, limit: ([1, 2] if page == 1 else [], "[" * 5000))
    assert await walk_to_end(walk, server) == [1, 2]


def endless(page: int, limit: int) -> tuple[list[int], dict[str, Any]]:
    """New records on every page, and never a word about the last one."""
    return ids_of(page, limit), {"last_page": False}


@pytest.mark.parametrize("walk", ["resource", "search", "paginate"])
async def test_max_pages_stops_a_walk_that_never_ends_quietly(walk: str) -> None:
    server = Server(endless)
    async with client_for(server) as client:
        pager: AsyncIterable[Any]
        if walk == "resource":
            pager = client.products.list(page_size=LIMIT, max_pages=4)
        elif walk == "search":
            pager = client.sales_orders.search(SearchSalesOrdersDto(), page_size=LIMIT, max_pages=4)
        else:
            pager = paginate(
                get_all_products.asyncio_detailed, client=client, page_size=LIMIT, max_pages=4
            )
        got = await asyncio.wait_for(_ids(pager), GUARD)
    assert got == list(range(1, 4 * LIMIT + 1))
    assert server.requested == [1, 2, 3, 4]


async def _ids(records: AsyncIterable[Any]) -> list[Any]:
    return [record.id async for record in records]


@pytest.mark.parametrize("walk", ["resource", "search_paginate"])
@pytest.mark.slow
async def test_a_walk_without_max_pages_ends_in_an_error_at_the_default_cap(walk: str) -> None:
    server = Server(lambda page, limit: (ids_of(page, 1), {"last_page": False}))
    error = await walk_until_error(walk, server)
    assert error.page == MAX_PAGES + 1
    assert "max_pages=" in str(error)
    assert f"start_page={MAX_PAGES + 1}" in str(error)
    assert server.requested == list(range(1, MAX_PAGES + 1))


async def test_a_server_on_loopback_that_ignores_page_ends_in_an_error() -> None:
    # The same, through real sockets and the client's retry policy and rate limiter.
    def ignores_page(request: Received) -> Fault:
        return Reply(200, {"data": [{"id": 1}, {"id": 2}]}, {"X-Pagination": '{"offset": 0}'})

    retry = RetryPolicy(attempts=3, initial=0.001, jitter=0)
    async with (
        FaultServer(ignores_page) as server,
        KatanaClient(api_key="k", base_url=server.url, retry=retry) as client,
    ):
        with pytest.raises(KatanaPaginationError) as caught:
            await asyncio.wait_for(_ids(client.products.list(page_size=2)), GUARD)
    assert (caught.value.operation, caught.value.page) == ("getAllProducts", 2)
    assert [r.query["page"] for r in server.received] == [["1"], ["2"]]


async def _drain(records: AsyncIterable[Any]) -> list[Any]:
    return [record async for record in records]


# Each way to walk, with the walk's arguments (`page_size=`, `max_pages=`) left open.
SIZED: dict[str, Callable[..., Awaitable[list[Any]]]] = {
    "resource": lambda c, **kw: _drain(c.products.list(**kw)),
    "resource_collect": lambda c, **kw: c.products.list(**kw).collect(max_items=BIG),
    "paginate": lambda c, **kw: _drain(paginate(get_all_products.asyncio_detailed, client=c, **kw)),
    "collect": lambda c, **kw: collect(
        get_all_products.asyncio_detailed, client=c, max_items=10, **kw
    ),
    "search": lambda c, **kw: _drain(c.sales_orders.search(SearchSalesOrdersDto(), **kw)),
}
MOST = {"search": 200}  # the search POSTs document filter.limit up to 200; the GETs 250


@pytest.mark.parametrize("walk", list(SIZED))
@pytest.mark.parametrize(
    ("arguments", "error", "words"),
    [
        ({"page_size": 0}, KatanaParameterError, "page_size must be from 1 to {most}"),
        ({"page_size": -1}, KatanaParameterError, "page_size must be from 1 to {most}"),
        ({"page_size": "above"}, KatanaParameterError, "page_size must be from 1 to {most}"),
        ({"page_size": 10_000}, KatanaParameterError, "not 10000"),
        ({"page_size": True}, TypeError, "page_size must be an int"),
        ({"page_size": 2.0}, TypeError, "page_size must be an int"),
        ({"max_pages": -1}, KatanaParameterError, "max_pages must be 0 or more, not -1"),
        ({"max_pages": True}, TypeError, "max_pages must be an int"),
    ],
)
async def test_walk_arguments_out_of_range_are_refused_before_any_request(
    walk: str, arguments: dict[str, Any], error: type[Exception], words: str
) -> None:
    most = MOST.get(walk, 250)
    if arguments.get("page_size") == "above":  # one more than the operation's maximum
        arguments = {"page_size": most + 1}
    server = Server(lambda page, limit: ([i for i in ids_of(page, limit) if i <= 600], None))
    async with client_for(server) as client:
        with pytest.raises(error) as caught:
            await SIZED[walk](client, **arguments)
    assert words.format(most=most) in str(caught.value)
    assert server.requested == []


@pytest.mark.parametrize("walk", list(SIZED))
async def test_the_largest_page_size_is_sent_as_asked(walk: str) -> None:
    # 600 records, `limit` capped at the maximum and no X-Pagination: a page of the
    # largest size asked for is full, so the walk goes on to the short last page.
    most = MOST.get(walk, 250)
    limits: list[int] = []

    def capped(page: int, limit: int) -> tuple[list[int], None]:
        limits.append(limit)
        return [i for i in ids_of(page, min(limit, most)) if i <= 600], None

    server = Server(capped)
    async with client_for(server) as client:
        found = await SIZED[walk](client, page_size=most)
    expected = 10 if walk == "collect" else 600  # collect() stops at max_items=10
    assert [getattr(r, "id", r) for r in found] == list(range(1, expected + 1))
    assert set(limits) == {10 if walk == "collect" else most}


# Every way to choose the first page of a walk, `start` left open.
STARTS: dict[str, Callable[..., Awaitable[Any]]] = {
    **{name: lambda c, s, w=walk: w(c, start_page=s) for name, walk in SIZED.items()},
    "first_page": lambda c, s: c.products.list(start_page=s).first_page(),
    "pages_page": lambda c, s: _drain(pages(get_all_products.asyncio_detailed, client=c, page=s)),
}


@pytest.mark.parametrize("walk", list(STARTS))
@pytest.mark.parametrize(
    ("start", "error", "words"),
    [
        (
            0,
            KatanaParameterError,
            "start_page must be 1 or more (Katana numbers pages from 1), not 0",
        ),
        (
            -3,
            KatanaParameterError,
            "start_page must be 1 or more (Katana numbers pages from 1), not -3",
        ),
        (True, TypeError, "start_page must be an int, 1 or more (Katana numbers"),
        ("2", TypeError, "start_page must be an int, 1 or more (Katana numbers"),
    ],
)
async def test_a_start_page_below_one_is_refused_before_any_request(
    walk: str, start: Any, error: type[Exception], words: str
) -> None:
    # Katana's pages start at 1 (it answers 422 to page=0): refused here, not sent, and
    # blamed on the argument passed (the endpoint's own `page=` to `pages`).
    server = Server(lambda page, limit: ([i for i in ids_of(page, limit) if i <= 600], None))
    name = "page" if walk == "pages_page" else "start_page"
    async with client_for(server) as client:
        with pytest.raises(error) as caught:
            await STARTS[walk](client, start)
    assert words.replace("start_page", name) in str(caught.value)
    if error is KatanaParameterError:
        assert (caught.value.operation, caught.value.parameter) == (  # type: ignore[attr-defined]
            "searchSalesOrders" if walk == "search" else "getAllProducts",
            name,
        )
    assert server.requested == []


@pytest.mark.parametrize("start", [0, -1])
def test_the_sync_pager_refuses_a_start_page_below_one_before_any_request(start: int) -> None:
    server = Server(lambda page, limit: ([i for i in ids_of(page, limit) if i <= 600], None))
    transport = httpx.MockTransport(server)
    with SyncKatanaClient(api_key="k", base_url="https://katana.test/v1", transport=transport) as c:
        with pytest.raises(
            KatanaParameterError, match=f"start_page must be 1 or more .*, not {start}"
        ):
            list(c.products.list(start_page=start))
        with pytest.raises(
            KatanaParameterError, match=f"start_page must be 1 or more .*, not {start}"
        ):
            c.products.list(start_page=start).first_page()
    assert server.requested == []


# Every way to collect a bounded list, `max_items` left open.
COLLECTS: dict[str, Callable[[KatanaClient, Any], Awaitable[list[Any]]]] = {
    "resource_collect": lambda c, n: c.products.list().collect(max_items=n),
    "resource_collect_from_page_2": lambda c, n: c.products.list(start_page=2).collect(max_items=n),
    "collect": lambda c, n: collect(get_all_products.asyncio_detailed, client=c, max_items=n),
}


@pytest.mark.parametrize("walk", list(COLLECTS))
@pytest.mark.parametrize(
    ("max_items", "error", "words"),
    [
        (-1, KatanaParameterError, "max_items must be 0 or more, not -1; nothing was sent"),
        (2.5, TypeError, "max_items must be an int, 0 or more, not 2.5"),
        (True, TypeError, "max_items must be an int, 0 or more, not True"),
        ("10", TypeError, "max_items must be an int, 0 or more, not '10'"),
    ],
)
async def test_collect_refuses_a_bound_that_is_not_a_count_before_any_request(
    walk: str, max_items: Any, error: type[Exception], words: str
) -> None:
    # A fraction was blamed on page_size (never passed) or taken as a bound of 3; a
    # negative bound was a plain ValueError.
    server = Server(lambda page, limit: (ids_of(page, limit), None))
    async with client_for(server) as client:
        with pytest.raises(error) as caught:
            await COLLECTS[walk](client, max_items)
    assert words in str(caught.value)
    if isinstance(caught.value, KatanaParameterError):
        assert (caught.value.operation, caught.value.parameter) == ("getAllProducts", "max_items")
    assert server.requested == []


@pytest.mark.parametrize("walk", list(COLLECTS))
async def test_collect_of_zero_items_sends_nothing(walk: str) -> None:
    server = Server(lambda page, limit: (ids_of(page, limit), None))
    async with client_for(server) as client:
        assert await COLLECTS[walk](client, 0) == []
    assert server.requested == []


# Every way to ask for one page directly, with the page number or size it is given.
ONE_PAGE: dict[str, Callable[[KatanaClient, dict[str, Any]], Awaitable[Any]]] = {
    "asyncio_detailed": lambda c, a: get_all_products.asyncio_detailed(client=c, **a),
    "asyncio": lambda c, a: get_all_products.asyncio(client=c, **a),
    "with_raw_response": lambda c, a: c.products.with_raw_response.list(**a),
    "search_model": lambda c, a: search_sales_orders.asyncio_detailed(
        client=c, body=SearchSalesOrdersDto(filter_=SearchSalesOrdersDtoFilter(**a))
    ),
    "search_raw_response": lambda c, a: c.sales_orders.with_raw_response.search(
        SearchSalesOrdersDto(filter_=SearchSalesOrdersDtoFilter(**a))
    ),
    "search_dict": lambda c, a: search_sales_orders.asyncio_detailed(
        client=c,
        body={"filter": a},  # type: ignore[arg-type]
    ),
}


@pytest.mark.parametrize("call", list(ONE_PAGE))
@pytest.mark.parametrize(
    ("given", "error", "words"),
    [
        ({"page": 0}, KatanaParameterError, "page must be 1 or more (Katana numbers pages from 1)"),
        (
            {"page": -2},
            KatanaParameterError,
            "page must be 1 or more (Katana numbers pages from 1)",
        ),
        ({"limit": -1}, KatanaParameterError, "limit must be"),
        ({"page": 1.5}, TypeError, "page must be an int"),
        ({"limit": True}, TypeError, "limit must be an int"),
    ],
)
async def test_a_page_out_of_katanas_range_is_refused_before_it_is_sent(
    call: str, given: dict[str, Any], error: type[Exception], words: str
) -> None:
    # Katana answers 422 to page=0 after a round trip: refused here, naming the argument.
    server = Server(lambda page, limit: (ids_of(page, limit), None))
    async with client_for(server) as client:
        with pytest.raises(error) as caught:
            await ONE_PAGE[call](client, given)
    assert words in str(caught.value)
    search = call.startswith("search")
    if isinstance(caught.value, KatanaParameterError):
        name = ("filter." if search else "") + next(iter(given))
        assert (caught.value.operation, caught.value.parameter) == (
            "searchSalesOrders" if search else "getAllProducts",
            name,
        )
        assert "nothing was sent" in str(caught.value)
    assert server.requested == []


@pytest.mark.parametrize("call", ["asyncio_detailed", "with_raw_response"])
async def test_a_query_page_size_of_zero_is_refused_and_a_large_one_is_sent(call: str) -> None:
    # `limit` documents a minimum of 1 and no maximum (250 is only reported): a direct
    # call may ask for more, the walk may not (it refuses page_size over 250).
    server = Server(lambda page, limit: (ids_of(page, limit)[:3], None))
    async with client_for(server) as client:
        with pytest.raises(KatanaParameterError, match="limit must be 1 or more, not 0"):
            await ONE_PAGE[call](client, {"limit": 0})
        assert server.requested == []
        response = await ONE_PAGE[call](client, {"page": 3, "limit": 1000})
    assert response.status_code == 200
    assert server.requested == [3]


async def test_a_search_page_size_is_refused_outside_zero_to_two_hundred() -> None:
    server = Server(lambda page, limit: (ids_of(page, limit)[:2], None))
    async with client_for(server) as client:
        for limit in (201, -1):
            with pytest.raises(
                KatanaParameterError, match=f"filter.limit must be from 0 to 200, not {limit}"
            ):
                await ONE_PAGE["search_model"](client, {"page": 1, "limit": limit})
        assert server.requested == []
        for limit in (0, 200):
            response = await ONE_PAGE["search_model"](client, {"page": 2, "limit": limit})
            assert response.status_code == 200
    assert server.requested == [2, 2]


def test_the_sync_client_refuses_page_zero_before_any_request() -> None:
    server = Server(lambda page, limit: (ids_of(page, limit), None))
    transport = httpx.MockTransport(server)
    with (
        SyncKatanaClient(api_key="k", base_url="https://katana.test/v1", transport=transport) as c,
        pytest.raises(KatanaParameterError, match="page must be 1 or more"),
    ):
        c.products.with_raw_response.list(page=0)
    assert server.requested == []


def _kept_filter(page: Any, limit: Any) -> SearchSalesOrdersDto:
    """A search body whose filter keeps `page` and `limit` as unknown keys, as a
    model does for a value it was handed by item or could not read."""
    kept = SearchSalesOrdersDtoFilter()
    kept["page"], kept["limit"] = page, limit
    return SearchSalesOrdersDto(filter_=kept)


@pytest.mark.parametrize(
    ("body", "error", "words"),
    [
        (lambda: _kept_filter(0, 5), KatanaParameterError, "filter.page must be 1 or more"),
        (lambda: _kept_filter(1, 500), KatanaParameterError, "filter.limit must be from 0 to 200"),
        (
            lambda: SearchSalesOrdersDto.from_dict({"filter": {"page": True}}),
            TypeError,
            "filter.page must be an int",
        ),
        (
            lambda: SearchSalesOrdersDto.from_dict({"filter": {"limit": "many"}}),
            TypeError,
            "filter.limit must be an int",
        ),
        (lambda: _kept_dto({"page": -1}), KatanaParameterError, "filter.page must be 1 or more"),
        (
            lambda: types.MappingProxyType({"filter": types.MappingProxyType({"page": 0})}),
            KatanaParameterError,
            "filter.page must be 1 or more",
        ),
        (
            lambda: {"filter": SearchSalesOrdersDtoFilter(page=0)},
            KatanaParameterError,
            "filter.page must be 1 or more",
        ),
    ],
)
async def test_a_search_page_is_checked_as_the_body_will_be_written(
    body: Callable[[], Any], error: type[Exception], words: str
) -> None:
    # Whatever the body is (a model with kept keys, a mapping, a mix), what would be
    # sent as filter.page / filter.limit is what is checked.
    server = Server(lambda page, limit: (ids_of(page, limit)[:2], None))
    async with client_for(server) as client:
        with pytest.raises(error) as caught:
            await search_sales_orders.asyncio_detailed(client=client, body=body())
    assert f"searchSalesOrders: {words}" in str(caught.value)
    assert server.requested == []


def _kept_dto(filter_: dict[str, Any]) -> SearchSalesOrdersDto:
    dto = SearchSalesOrdersDto()
    dto["filter"] = filter_
    return dto


@pytest.mark.parametrize(
    "call",
    [
        lambda c: get_all_products.asyncio_detailed(client=c.with_options(extra_query={"page": 0})),
        lambda c: c.products.list(extra_query={"limit": 7}).collect(max_items=3),
        lambda c: get_all_products.asyncio_detailed(
            client=c.with_options(extra_query={"page": "2"}), page=1
        ),
    ],
    ids=["with_options_page", "walk_limit", "page_twice"],
)
async def test_extra_query_cannot_set_the_page_or_size(
    call: Callable[[Any], Awaitable[Any]],
) -> None:
    # httpx merges extra_query by replacing: it would override the checked page, or a
    # walk's own page numbers.
    server = Server(lambda page, limit: (ids_of(page, limit), None))
    async with client_for(server) as client:
        with pytest.raises(KatanaParameterError, match="getAllProducts: extra_query cannot set"):
            await call(client)
        with (
            client.options(extra_query={"page": 3}),
            pytest.raises(KatanaParameterError, match="cannot set 'page'"),
        ):
            await get_all_products.asyncio_detailed(client=client)
    assert server.requested == []


async def test_extra_query_cannot_replace_a_filter_the_call_sends() -> None:
    seen: list[str] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"data": []})

    transport = httpx.MockTransport(answer)
    async with KatanaClient(
        api_key="k", base_url="https://katana.test/v1", transport=transport
    ) as c:
        with pytest.raises(KatanaParameterError, match="the call sends 'name' itself") as caught:
            await c.with_options(extra_query={"name": "b"}).products.with_raw_response.list(
                name="a"
            )
        assert caught.value.parameter == "name"
        # A key the call does not send is added, as documented.
        await c.with_options(
            extra_query={"include_deleted": "true"}
        ).products.with_raw_response.list(name="a")
    assert len(seen) == 1
    assert "name=a" in seen[0]
    assert "include_deleted=true" in seen[0]


@pytest.mark.parametrize("size", [0, 251])
async def test_a_walk_blames_the_limit_it_was_given_by_that_name(size: int) -> None:
    server = Server(lambda page, limit: (ids_of(page, limit), None))
    async with client_for(server) as client:
        with pytest.raises(KatanaParameterError, match=f"limit must be from 1 to 250.*not {size}"):
            await _drain(pages(get_all_products.asyncio_detailed, client=client, limit=size))
    assert server.requested == []


def _kept_where() -> SearchSalesOrdersDto:
    dto = SearchSalesOrdersDto()
    dto["filter"] = {"where": {"status": "DONE"}}
    return dto


def _filter_with_kept_key() -> SearchSalesOrdersDto:
    kept = SearchSalesOrdersDtoFilter()
    kept["where"] = {"status": "DONE"}
    return SearchSalesOrdersDto(filter_=kept)


# Every way a search body can hold its filter; each must reach Katana whole, paged.
SEARCH_BODIES: dict[str, Callable[[], Any]] = {
    "kept filter key": _kept_where,
    "dict in filter_": lambda: SearchSalesOrdersDto(
        filter_={"where": {"status": "DONE"}}  # type: ignore[arg-type]
    ),
    "model filter in a dict": lambda: {
        "filter": SearchSalesOrdersDtoFilter.from_dict({"where": {"status": "DONE"}})
    },
    "model filter with a kept key": _filter_with_kept_key,
    "model filter": lambda: SearchSalesOrdersDto.from_dict(
        {"filter": {"where": {"status": "DONE"}}}
    ),
}


@pytest.mark.parametrize("body", list(SEARCH_BODIES))
async def test_a_search_walk_sends_the_whole_filter_with_each_page(body: str) -> None:
    # A walk used to drop a filter held as a kept key (every order came back) and to
    # crash on a dict in `filter_` or a model filter in a dict body.
    sent: list[dict[str, Any]] = []

    async def answer(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        page = sent[-1]["filter"]["page"]
        return httpx.Response(200, json={"data": [{"id": page * 10 + i} for i in range(2)]})

    transport = httpx.MockTransport(answer)
    async with KatanaClient(
        api_key="k", base_url="https://katana.test/v1", transport=transport
    ) as c:
        orders = await c.sales_orders.search(SEARCH_BODIES[body](), page_size=2).collect(
            max_items=4
        )
    assert [order.id for order in orders] == [10, 11, 20, 21]
    assert [s["filter"] for s in sent] == [
        {"where": {"status": "DONE"}, "page": 1, "limit": 2},
        {"where": {"status": "DONE"}, "page": 2, "limit": 2},
    ]
