"""Fault injection against a real HTTP server on 127.0.0.1: attempts and outcomes.

Each case scripts one fault, sends one request through the real httpx stack and the
resilience transport, and checks how many requests the server received and what the
caller got. Repeat-safe requests (GET, and POSTs the spec marks idempotent) are retried;
a create is retried only when Katana certainly did not act (429, connection refused),
so after a read timeout or a 5xx the server has seen it exactly once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any, TypeVar

import httpx
import pytest
from faultserver import (
    FakeClock,
    Fault,
    FaultServer,
    Hang,
    Reply,
    Reset,
    StallBody,
    Trickle,
    Truncate,
    free_port,
    malformed_json,
)

from katana_client import (
    KatanaClient,
    KatanaConnectionError,
    KatanaNotFoundError,
    KatanaRateLimitError,
    KatanaResponseShapeError,
    KatanaServerError,
    KatanaTimeoutError,
)
from katana_client._runtime import Operation, build_response
from katana_client._runtime._exchange import Exchange, request_extensions
from katana_client.generated.api.products import get_all_products
from katana_client.generated.api.sales_orders import create_sales_order, search_sales_orders
from katana_client.generated.models import CreateSalesOrderDto, SearchSalesOrdersDto
from katana_client.resilience import ResilientTransport, RetryPolicy

CREATE = Operation[Any](
    id="createSalesOrder", method="POST", path="/sales_orders", idempotent=False
)
SEARCH = Operation[Any](
    id="searchSalesOrders", method="POST", path="/sales_orders/search", idempotent=True
)
LIST = Operation[Any](id="getAllProducts", method="GET", path="/products", idempotent=True)
ATTEMPTS = 3
E = TypeVar("E", bound=Exception)


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def make_client(url: str, clock: FakeClock, *, read: float = 0.25) -> KatanaClient:
    transport = ResilientTransport(
        httpx.AsyncHTTPTransport(),
        retry=RetryPolicy(attempts=ATTEMPTS, initial=0.01, jitter=0),
        clock=clock,
    )
    return KatanaClient(
        api_key="test-key",
        base_url=url,
        transport=transport,
        timeout=httpx.Timeout(5.0, read=read),
    )


async def get_products(client: KatanaClient) -> Any:
    response = await client.get_async_httpx_client().get(
        "/products", extensions=request_extensions(Exchange(LIST))
    )
    return build_response(response, None)


async def create_order(client: KatanaClient) -> Any:
    response = await client.get_async_httpx_client().post(
        "/sales_orders",
        content=b'{"customer_id": 1, "order_no": "SO-1"}',
        headers={"Content-Type": "application/json"},
        extensions=request_extensions(Exchange(CREATE)),
    )
    return build_response(response, None)


TRANSIENT: list[tuple[str, Fault]] = [
    ("500", Reply(500, {"name": "InternalServerError"})),
    ("502", Reply(502, b"<html>bad gateway</html>", {"Content-Type": "text/html"})),
    ("503", Reply(503, b"")),
    ("504", Reply(504, b"")),
    ("connection reset", Reset()),
    ("read timeout", Hang()),
    ("body stalls midway", StallBody()),
    ("malformed JSON", malformed_json()),
    ("truncated body", Truncate()),
]


def _slow_waits(cases: list[Any], *waiting: str) -> list[Any]:
    """`cases` as parameters, those named in `waiting` (each waits out the read
    timeout) marked slow: the fast loop keeps one waiting case of each test."""
    return [
        pytest.param(*case, id=case[0], marks=[pytest.mark.slow] if case[0] in waiting else [])
        for case in cases
    ]


async def test_a_policy_of_thousands_of_retries_keeps_waiting_at_its_cap(
    clock: FakeClock,
) -> None:
    # "Retry for an hour, at most 0.01 s apart": past retry 1,024 the doubling leaves
    # the floats, and the wait stays at the cap instead of failing the call.
    sent = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal sent
        sent += 1
        return httpx.Response(503 if sent <= 1100 else 200, json={"data": []})

    policy = RetryPolicy(attempts=1200, max_elapsed=3600, max_backoff=0.01, jitter=0)
    transport = ResilientTransport(httpx.MockTransport(handler), retry=policy, clock=clock)
    async with KatanaClient(
        api_key="k", base_url="http://127.0.0.1:9/v1", transport=transport
    ) as client:
        response = await client.get_async_httpx_client().get("/products")
    assert (response.status_code, sent) == (200, 1101)
    assert clock.sleeps[-1] == 0.01
    assert RetryPolicy(initial=0, jitter=0).backoff(5000) == 0.0


NOT_FOUND = {"statusCode": 404, "name": "NotFoundError", "message": "Not found"}


@pytest.mark.parametrize(
    ("first", "gone"),
    [
        ("read timeout", True),  # Katana deleted it; its answer was lost
        ("503", True),  # Katana may have deleted it before failing
        ("connection refused", False),  # nothing reached Katana
        (None, False),  # the record never existed
    ],
)
async def test_a_repeated_deletes_404_is_its_success_only_if_an_attempt_may_have_acted(
    first: str | None, gone: bool
) -> None:
    records = {1} if gone else set()  # otherwise no record 1 was ever there
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1 and first == "connection refused":
            raise httpx.ConnectError("refused", request=request)
        if 1 not in records:
            return httpx.Response(404, json=NOT_FOUND)
        records.discard(1)
        if first == "503":
            return httpx.Response(503)
        raise httpx.ReadTimeout("timed out", request=request)

    policy = RetryPolicy(attempts=3, initial=0.0, jitter=0)
    transport = ResilientTransport(httpx.MockTransport(handler), retry=policy)
    async with KatanaClient(
        api_key="k", base_url="http://127.0.0.1:9/v1", transport=transport
    ) as client:
        if gone:
            await client.sales_orders.delete(1)  # returns, as for a 204
            records.add(1)
            calls.clear()
            raw = await client.sales_orders.with_raw_response.delete(1)
            assert (raw.status_code, raw.parsed) == (404, None)  # honest about the status
        else:
            with pytest.raises(KatanaNotFoundError) as caught:
                await client.sales_orders.delete(1)
            assert caught.value.attempts == len(calls)
    assert len(calls) == (1 if first is None else 2)


# --- repeat-safe: a GET is retried through every transient fault --------------------------


@pytest.mark.parametrize(("case", "fault"), _slow_waits(TRANSIENT, "body stalls midway"))
async def test_get_recovers_from_one_transient_fault_on_the_second_attempt(
    server: FaultServer, clock: FakeClock, case: str, fault: Fault
) -> None:
    server.script("GET", "/products", fault)
    async with make_client(server.url, clock) as client:
        result = await get_products(client)
    assert result.parsed == {"data": [{"id": 1}]}
    assert server.count("GET", "/products") == 2


@pytest.mark.parametrize(
    ("case", "fault", "error"),
    [
        ("500", Reply(500, {"name": "InternalServerError"}), KatanaServerError),
        ("503", Reply(503, b""), KatanaServerError),
        ("connection reset", Reset(), KatanaConnectionError),
        pytest.param(
            "read timeout", Hang(), KatanaTimeoutError, id="read timeout", marks=pytest.mark.slow
        ),
        ("truncated body", Truncate(), KatanaConnectionError),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
async def test_get_gives_up_after_the_policys_attempts_with_a_typed_error(
    server: FaultServer, clock: FakeClock, case: str, fault: Fault, error: type[Exception]
) -> None:
    server.script("GET", "/products", *[fault] * ATTEMPTS)
    async with make_client(server.url, clock) as client:
        with pytest.raises(error) as caught:
            await get_products(client)
    assert server.count("GET", "/products") == ATTEMPTS
    assert getattr(caught.value, "attempts", None) == ATTEMPTS
    assert getattr(caught.value, "outcome_unknown", None) is False


async def test_get_that_stays_malformed_returns_the_last_body_unparsed(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("GET", "/products", *[malformed_json()] * ATTEMPTS)
    async with make_client(server.url, clock) as client:
        result = await get_products(client)
    assert result.parsed is None
    assert result.content.startswith(b'{"data"')
    assert server.count("GET", "/products") == ATTEMPTS


async def test_slow_body_within_the_read_timeout_succeeds_first_time(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("GET", "/products", Trickle(pieces=5, pause=0.01))
    async with make_client(server.url, clock, read=5.0) as client:
        result = await get_products(client)
    assert len(result.parsed["data"]) == 3
    assert server.count("GET", "/products") == 1


async def test_429_waits_retry_after_seconds_then_succeeds(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("GET", "/products", Reply(429, {"name": "TooManyRequests"}, {"Retry-After": "7"}))
    async with make_client(server.url, clock) as client:
        result = await get_products(client)
    assert result.parsed == {"data": [{"id": 1}]}
    assert server.count("GET", "/products") == 2
    assert clock.sleeps == [7.0]


async def test_429_as_an_http_date_is_honoured(server: FaultServer, clock: FakeClock) -> None:
    date = "Tue, 14 Nov 2023 22:13:40 GMT"  # fake wall clock 1_700_000_000 + 20 s
    server.script("GET", "/products", Reply(429, {}, {"Retry-After": date}))
    async with make_client(server.url, clock) as client:
        await get_products(client)
    assert clock.sleeps == [pytest.approx(20.0)]


async def test_429_every_time_raises_rate_limit_error_with_retry_after(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("GET", "/products", *[Reply(429, {}, {"Retry-After": "2"})] * ATTEMPTS)
    async with make_client(server.url, clock) as client:
        with pytest.raises(KatanaRateLimitError) as caught:
            await get_products(client)
    assert caught.value.retry_after == 2.0
    assert caught.value.attempts == ATTEMPTS
    assert server.count("GET", "/products") == ATTEMPTS


async def test_retry_after_longer_than_the_cap_is_cut(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("GET", "/products", Reply(429, {}, {"Retry-After": "3600"}))
    transport = ResilientTransport(
        retry=RetryPolicy(attempts=2, initial=0, max_retry_after=30, max_elapsed=100),
        clock=clock,
    )
    async with KatanaClient(api_key="k", base_url=server.url, transport=transport) as client:
        await get_products(client)
    assert clock.sleeps == [30.0]


async def test_idempotent_search_post_is_retried_after_a_503(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("POST", "/sales_orders/search", Reply(503, b""))
    async with make_client(server.url, clock) as client:
        response = await client.get_async_httpx_client().post(
            "/sales_orders/search", content=b"{}", extensions=request_extensions(Exchange(SEARCH))
        )
    assert response.status_code == 200
    assert server.count("POST", "/sales_orders/search") == 2


# --- creates: never sent twice once Katana may have acted ---------------------------------


CREATE_FAULTS: list[tuple[str, Fault, type[Exception]]] = [
    ("500", Reply(500, {"name": "InternalServerError"}), KatanaServerError),
    ("502", Reply(502, b""), KatanaServerError),
    ("503", Reply(503, b""), KatanaServerError),
    ("504", Reply(504, b""), KatanaServerError),
    ("connection reset", Reset(), KatanaConnectionError),
    ("read timeout", Hang(), KatanaTimeoutError),
    ("body stalls midway", StallBody(), KatanaTimeoutError),
    ("truncated body", Truncate(), KatanaConnectionError),
]


@pytest.mark.parametrize(("case", "fault", "error"), _slow_waits(CREATE_FAULTS, "read timeout"))
async def test_create_is_sent_once_and_the_error_says_the_outcome_is_unknown(
    server: FaultServer, clock: FakeClock, case: str, fault: Fault, error: type[Exception]
) -> None:
    server.script("POST", "/sales_orders", fault)
    async with make_client(server.url, clock) as client:
        with pytest.raises(error) as caught:
            await create_order(client)
    assert server.count("POST", "/sales_orders") == 1
    assert getattr(caught.value, "outcome_unknown", None) is True
    assert getattr(caught.value, "attempts", None) == 1
    assert "not repeat-safe" in str(caught.value)
    assert clock.sleeps == []


async def test_create_is_retried_after_a_429_and_created_once(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("POST", "/sales_orders", Reply(429, {}, {"Retry-After": "1"}))
    async with make_client(server.url, clock) as client:
        result = await create_order(client)
    assert result.parsed == {"id": 1}
    assert server.count("POST", "/sales_orders") == 2  # the first was refused, not created
    assert clock.sleeps == [1.0]


async def test_create_with_a_malformed_200_is_not_repeated(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("POST", "/sales_orders", malformed_json())
    async with make_client(server.url, clock) as client:
        result = await create_order(client)
    assert result.status_code == 200
    assert result.parsed is None
    assert server.count("POST", "/sales_orders") == 1


async def test_a_create_answered_with_a_malformed_200_raises_not_json_and_may_have_acted(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("POST", "/sales_orders", malformed_json())
    async with make_client(server.url, clock) as client:
        with pytest.raises(KatanaResponseShapeError) as caught:
            await client.sales_orders.create(
                CreateSalesOrderDto(customer_id=1, sales_order_rows=[])
            )
    message = str(caught.value)
    assert "no body" not in message
    assert "not JSON and may have been cut short" in message
    assert "Katana may already have acted on it" in message
    assert (caught.value.status_code, caught.value.content) == (200, malformed_json().body)
    assert server.count("POST", "/sales_orders") == 1


async def _get_raises(server: FaultServer, clock: FakeClock, fault: Fault, kind: type[E]) -> E:
    """The `kind` of error `products.get` raises when every attempt meets `fault`."""
    server.script("GET", "/products/1", *[fault] * ATTEMPTS)
    async with make_client(server.url, clock) as client:
        with pytest.raises(kind) as caught:
            await client.products.get(1)
    assert server.count("GET", "/products/1") == ATTEMPTS
    return caught.value


async def test_a_get_that_stays_malformed_raises_not_json_not_an_empty_body(
    server: FaultServer, clock: FakeClock
) -> None:
    error = await _get_raises(server, clock, malformed_json(), KatanaResponseShapeError)
    assert "not JSON and may have been cut short" in str(error)
    assert "acted" not in str(error)
    assert error.operation == "getProduct"


class _BadHeaderLine(Fault):
    """A 200 with one 90 KiB header line that has no colon."""

    async def apply(self, writer: Any, reader: Any) -> bool:
        line = b"X-Bad header line " + b"A" * (90 * 1024)
        writer.write(b"HTTP/1.1 200 OK\r\n" + line + b"\r\nContent-Length: 2\r\n\r\n{}")
        await writer.drain()
        return False


async def test_a_malformed_header_line_is_not_quoted_whole_in_the_error(
    server: FaultServer, clock: FakeClock
) -> None:
    error = await _get_raises(server, clock, _BadHeaderLine(), KatanaConnectionError)
    assert "RemoteProtocolError: illegal header line" in str(error)
    assert len(str(error)) < 500
    assert str(error).endswith("...) (after 3 attempts)")
    assert len(str(error.__cause__)) > 90 * 1024  # httpx's own error keeps it all


async def test_create_is_retried_when_the_connection_was_refused_before_sending(
    clock: FakeClock,
) -> None:
    port = free_port()
    later = FaultServer(port=port)
    clock.on_sleep = lambda seconds: later.start()  # the server comes up during backoff
    try:
        async with make_client(f"http://127.0.0.1:{port}", clock) as client:
            result = await create_order(client)
        assert result.parsed == {"id": 1}
        assert later.count("POST", "/sales_orders") == 1
        assert len(clock.sleeps) == 1
    finally:
        await later.stop()


async def test_refused_connection_every_time_raises_connection_error_not_sent(
    clock: FakeClock,
) -> None:
    async with make_client(f"http://127.0.0.1:{free_port()}", clock) as client:
        with pytest.raises(KatanaConnectionError) as caught:
            await create_order(client)
    assert caught.value.attempts == ATTEMPTS
    assert caught.value.request_sent is False
    assert caught.value.outcome_unknown is False
    assert isinstance(caught.value, httpx.TransportError)


async def test_a_request_without_the_extension_is_judged_by_its_method(
    server: FaultServer, clock: FakeClock
) -> None:
    server.script("POST", "/anything", Reply(503, b""))
    server.script("PATCH", "/anything", Reply(503, b""))
    async with make_client(server.url, clock) as client:
        http = client.get_async_httpx_client()
        post = await http.post("/anything", content=b"{}")
        patch = await http.patch("/anything", content=b"{}")
    assert (post.status_code, patch.status_code) == (503, 200)
    assert server.count("POST", "/anything") == 1
    assert server.count("PATCH", "/anything") == 2


# --- through the generated endpoints --------------------------------------------------------


def _retrying(server: FaultServer, method: str, path: str, reply: Reply) -> KatanaClient:
    """A client making up to 3 attempts, 1 ms apart, of `server`, scripted to answer
    `method` `path` with `reply` first."""
    server.script(method, path, reply)
    retry = RetryPolicy(attempts=3, initial=0.001, jitter=0)
    return KatanaClient(api_key="k", base_url=server.url, retry=retry)


async def test_generated_get_endpoint_is_retried_after_a_502(server: FaultServer) -> None:
    async with _retrying(server, "GET", "/products", Reply(502, b"")) as client:
        products = await get_all_products.asyncio(client=client)
    assert products is not None
    assert server.count("GET", "/products") == 2


async def test_generated_create_endpoint_is_never_repeated_after_a_503(
    server: FaultServer,
) -> None:
    async with _retrying(server, "POST", "/sales_orders", Reply(503, b"")) as client:
        with pytest.raises(KatanaServerError) as caught:
            await create_sales_order.asyncio(
                client=client,
                body=CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[]),
            )
    assert caught.value.outcome_unknown is True
    assert server.count("POST", "/sales_orders") == 1


async def test_generated_search_endpoint_is_retried_because_the_spec_says_idempotent(
    server: FaultServer,
) -> None:
    # POST, so without the generated descriptor it would not be retried.
    async with _retrying(server, "POST", "/sales_orders/search", Reply(503, b"")) as client:
        await search_sales_orders.asyncio(client=client, body=SearchSalesOrdersDto())
    assert server.count("POST", "/sales_orders/search") == 2
