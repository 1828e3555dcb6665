"""Response bodies are read within `max_response_bytes`, as received and once decoded.

A real server on 127.0.0.1 sends what a hostile or broken one would: a gzip bomb, a
body gzipped twice, an endless chunked body, a huge Content-Length. The client stops
reading at the cap, closes the connection and raises `KatanaResponseTooLargeError`;
its memory stays far below what the body would have taken (measured with tracemalloc).
"""

from __future__ import annotations

import asyncio
import gzip
import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Awaitable
from typing import Any, TypeVar

import pytest
from faultserver import FaultServer, HugeBody, Received, Reply, Trickle, gzip_bomb

from katana_client import (
    KatanaClient,
    KatanaConnectionError,
    KatanaResponseTooLargeError,
    KatanaTimeoutError,
    KatanaTransportError,
    RetryPolicy,
)
from katana_client.generated.api.products import get_all_products
from katana_client.generated.models import CreateSalesOrderDto
from katana_client.resilience import DEFAULT_MAX_RESPONSE_BYTES

T = TypeVar("T")
MIB = 1024 * 1024
BOMB = 128 * MIB  # decoded size: four times the default cap
# Far below the body (128 MiB or more), far above what reading within the cap needs.
MEMORY_BOUND = 48 * MIB
FAST = RetryPolicy(attempts=3, initial=0.001, jitter=0)


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


def client_for(server: FaultServer, **options: Any) -> KatanaClient:
    return KatanaClient(api_key="k", base_url=server.url, rate_limit=False, **options)


async def peak_memory(call: Awaitable[T]) -> tuple[T | BaseException, int]:
    """What `call` returned or raised, and the most memory it held at once."""
    tracemalloc.start()
    try:
        try:
            result: T | BaseException = await call
        except Exception as exc:
            result = exc
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_the_default_cap_is_32_mib() -> None:
    assert DEFAULT_MAX_RESPONSE_BYTES == 32 * MIB


@pytest.mark.slow
async def test_a_gzip_bomb_stops_at_the_cap_without_being_decoded(server: FaultServer) -> None:
    bomb = gzip_bomb(BOMB)
    server.script("GET", "/products/1", Reply(200, bomb, {"Content-Encoding": "gzip"}))
    async with client_for(server) as client:
        error, peak = await peak_memory(client.products.get(1))
    assert isinstance(error, KatanaResponseTooLargeError)
    assert error.limit == DEFAULT_MAX_RESPONSE_BYTES
    assert error.status_code == 200
    assert "max_response_bytes" in str(error)
    assert "once decoded" in str(error)
    assert peak < MEMORY_BOUND


async def test_a_body_gzipped_twice_is_counted_through_both_layers(server: FaultServer) -> None:
    # 373 bytes on the wire; decoding a single read at once would need 128 MiB.
    bomb = gzip_bomb(BOMB, layers=2)
    server.script("GET", "/products/1", Reply(200, bomb, {"Content-Encoding": "gzip, gzip"}))
    async with client_for(server) as client:
        error, peak = await peak_memory(client.products.get(1))
    assert isinstance(error, KatanaResponseTooLargeError)
    assert peak < MEMORY_BOUND


@pytest.mark.slow
async def test_a_huge_chunked_body_stops_at_the_cap_and_closes_the_connection(
    server: FaultServer,
) -> None:
    huge = HugeBody(size=512 * MIB)
    server.script("GET", "/products/1", huge)
    async with client_for(server) as client:
        error, peak = await peak_memory(client.products.get(1))
        assert isinstance(error, KatanaResponseTooLargeError)
        # The client hung up: the server could not send the rest.
        assert huge.sent < huge.size
        # And the next request gets a fresh connection and its answer.
        server.script("GET", "/products/2", Reply(200, {"id": 2, "name": "Table"}))
        product = await client.products.get(2)
    assert product.id == 2
    assert peak < MEMORY_BOUND
    assert server.count("GET", "/products/1") == 1  # not retried: it would not shrink


async def test_a_huge_content_length_is_refused_before_the_body_is_read(
    server: FaultServer,
) -> None:
    huge = HugeBody(size=64 * MIB, chunked=False, declared=10 * 1024 * MIB)
    server.script("GET", "/products/1", huge)
    async with client_for(server) as client:
        with pytest.raises(KatanaResponseTooLargeError, match="by its Content-Length") as caught:
            await client.products.get(1)
    assert huge.sent < huge.size
    assert isinstance(caught.value, KatanaTransportError)  # one except for "no usable answer"


async def test_the_cap_applies_to_error_bodies(server: FaultServer) -> None:
    huge = HugeBody(size=4 * MIB, status=500)
    server.script("GET", "/products/1", huge)
    async with client_for(server, max_response_bytes=MIB, retry=FAST) as client:
        with pytest.raises(KatanaResponseTooLargeError) as caught:
            await client.products.get(1)
    assert caught.value.status_code == 500
    assert caught.value.limit == MIB


async def test_the_cap_applies_to_the_body_of_a_retry(server: FaultServer) -> None:
    server.script("GET", "/products/1", Reply(503, b""), HugeBody(size=4 * MIB))
    async with client_for(server, max_response_bytes=MIB, retry=FAST) as client:
        with pytest.raises(KatanaResponseTooLargeError) as caught:
            await client.products.get(1)
    assert caught.value.attempts == 2
    assert server.count("GET", "/products/1") == 2


async def test_a_body_of_exactly_the_cap_is_read_and_one_byte_more_is_not(
    server: FaultServer,
) -> None:
    def page(size: int) -> bytes:
        body = json.dumps({"data": [{"id": 1, "name": ""}]}).encode()
        return body.replace(b'""', b'"' + b"x" * (size - len(body)) + b'"')

    server.script("GET", "/products", Reply(200, page(4096)), Reply(200, page(4097)))
    async with client_for(server, max_response_bytes=4096) as client:
        first = await get_all_products.asyncio_detailed(client=client)
        with pytest.raises(KatanaResponseTooLargeError):
            await get_all_products.asyncio_detailed(client=client)
    assert len(first.content) == 4096


async def test_the_cap_counts_the_decoded_size_of_a_gzip_body(server: FaultServer) -> None:
    small = gzip.compress(json.dumps({"id": 1, "name": "x" * 8192}).encode())
    server.script("GET", "/products/1", Reply(200, small, {"Content-Encoding": "gzip"}))
    server.script("GET", "/products/2", Reply(200, small, {"Content-Encoding": "gzip"}))
    async with client_for(server, max_response_bytes=4096) as client:
        with pytest.raises(KatanaResponseTooLargeError, match="once decoded"):
            await client.products.get(1)
    async with client_for(server, max_response_bytes=16384) as client:
        product = await client.products.get(2)
    assert len(small) < 4096
    assert product.name == "x" * 8192


async def test_a_create_whose_answer_is_too_large_has_an_unknown_outcome(
    server: FaultServer,
) -> None:
    server.script("POST", "/sales_orders", HugeBody(size=4 * MIB))
    body = CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[])
    async with client_for(server, max_response_bytes=MIB, retry=FAST) as client:
        with pytest.raises(KatanaResponseTooLargeError) as caught:
            await client.sales_orders.create(body)
    assert caught.value.outcome_unknown is True
    assert "check whether it took effect" in str(caught.value)
    assert server.count("POST", "/sales_orders") == 1


async def test_a_coding_that_cannot_be_counted_is_refused(server: FaultServer) -> None:
    server.script("GET", "/products/1", Reply(200, b"\x1b\x00", {"Content-Encoding": "br"}))
    async with client_for(server, retry=False) as client:
        with pytest.raises(KatanaConnectionError, match="'br' was not asked for"):
            await client.products.get(1)


@pytest.mark.parametrize("layers", [5, 1500])
async def test_a_body_listing_more_than_four_codings_is_refused(
    server: FaultServer, layers: int
) -> None:
    # Each coding would cost a decoder before any byte is read, and a step of recursion
    # (1,500 of them: a RecursionError); four cover any honest server.
    body = b'{"id": 1}'
    for _ in range(layers):
        body = gzip.compress(body, compresslevel=0)  # stored: 1,500 compressions take 0.5 s
    codings = ", ".join(["gzip"] * layers)
    server.script("GET", "/products/1", Reply(200, body, {"Content-Encoding": codings}))
    async with client_for(server, retry=False) as client:
        with pytest.raises(KatanaConnectionError, match=f"lists {layers} codings"):
            await client.products.get(1)


async def test_a_body_gzipped_four_times_is_read(server: FaultServer) -> None:
    body = b'{"id": 1, "name": "Desk"}'
    for _ in range(4):
        body = gzip.compress(body)
    server.script(
        "GET", "/products/1", Reply(200, body, {"Content-Encoding": "gzip," * 3 + "gzip"})
    )
    async with client_for(server) as client:
        product = await client.products.get(1)
    assert product.name == "Desk"


async def test_only_codings_that_can_be_counted_are_asked_for(server: FaultServer) -> None:
    async with client_for(server) as client:
        await client.products.get(1)
    assert server.received[0].headers["accept-encoding"] == "gzip, deflate"


@pytest.mark.parametrize("value", [0, -1, 1.5, True])
def test_an_invalid_cap_is_a_config_error(value: Any) -> None:
    from katana_client import KatanaConfigError  # noqa: PLC0415 - one test's import

    with pytest.raises(KatanaConfigError, match="max_response_bytes"):
        KatanaClient(api_key="k", max_response_bytes=value)


@pytest.mark.parametrize("wbits", [15, -15], ids=["zlib-wrapped", "raw"])
async def test_a_deflate_body_in_either_form_is_read(server: FaultServer, wbits: int) -> None:
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    body = packer.compress(json.dumps({"id": 1, "name": "Table"}).encode()) + packer.flush()
    server.script("GET", "/products/1", Reply(200, body, {"Content-Encoding": "deflate"}))
    async with client_for(server) as client:
        product = await client.products.get(1)
    assert product.name == "Table"


async def test_a_corrupt_gzip_body_is_retried_then_raised_as_a_typed_error(
    server: FaultServer,
) -> None:
    good = gzip.compress(json.dumps({"id": 1, "name": "Table"}).encode())
    corrupt = good[:12] + bytes(len(good) - 12)
    bad = Reply(200, corrupt, {"Content-Encoding": "gzip"})
    server.script("GET", "/products/1", bad, Reply(200, good, {"Content-Encoding": "gzip"}))
    server.script("GET", "/products/2", bad, bad, bad)
    async with client_for(server, retry=FAST) as client:
        product = await client.products.get(1)
        with pytest.raises(KatanaConnectionError, match="could not be decoded"):
            await client.products.get(2)
    assert product.name == "Table"
    assert server.count("GET", "/products/2") == 3


# A body trickled a byte every 0.3 s: each read is within a 0.5 s read timeout, and the
# whole body would take a minute; the response deadline (4 x 0.5 s) ends each attempt.
SLOW = Trickle(body=json.dumps({"id": 1, "pad": "x" * 180}).encode(), pieces=200, pause=0.3)
READ_TIMEOUT = 0.5
# Far above the attempts' deadlines, far below the trickle: only a hang gets here.
NO_HANG = 40.0


def slow(request: Received) -> Trickle:
    return Trickle(body=SLOW.body, pieces=SLOW.pieces, pause=SLOW.pause)


@pytest.mark.slow  # waits out a response deadline
async def test_a_trickled_body_ends_at_the_response_deadline_and_a_get_is_retried() -> None:
    async with FaultServer(slow) as server:
        client = client_for(server, timeout=READ_TIMEOUT, retry=RetryPolicy(attempts=2))
        async with client:
            with pytest.raises(KatanaTimeoutError) as caught:
                await asyncio.wait_for(client.products.get(1), NO_HANG)
        assert server.count("GET", "/products/1") == 2
    error = caught.value
    assert error.attempts == 2
    assert error.outcome_unknown is False
    assert "response_deadline (2 s, 4 x the read timeout)" in str(error)


@pytest.mark.slow  # waits out a response deadline
async def test_a_trickled_answer_to_a_create_is_not_retried_and_its_outcome_is_unknown() -> None:
    body = CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[])
    async with FaultServer(slow) as server:
        async with client_for(server, timeout=READ_TIMEOUT, retry=FAST) as client:
            with pytest.raises(KatanaTimeoutError) as caught:
                await asyncio.wait_for(client.sales_orders.create(body), NO_HANG)
        assert server.count("POST", "/sales_orders") == 1
    assert caught.value.outcome_unknown is True
    assert caught.value.request_sent is True
    assert "check whether it took effect" in str(caught.value)


@pytest.mark.slow  # waits out a response deadline
async def test_the_response_deadline_holds_without_retries_and_can_be_set() -> None:
    async with FaultServer(slow) as server:
        # A long read timeout: only the deadline set here can end the trickle.
        client = client_for(server, timeout=30, retry=False, response_deadline=1.5)
        async with client:
            with pytest.raises(KatanaTimeoutError, match=r"response_deadline \(1.5 s\)"):
                await asyncio.wait_for(client.products.get(1), NO_HANG)
        assert server.count("GET", "/products/1") == 1


@pytest.mark.slow  # waits out a response deadline
async def test_the_response_deadline_holds_through_a_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # The proxy itself trickles: what a proxy relaying a trickling origin sends.
    async with FaultServer(slow) as proxy, FaultServer() as origin:
        monkeypatch.setenv("HTTP_PROXY", proxy.url)
        async with client_for(origin, timeout=READ_TIMEOUT, retry=False) as client:
            with pytest.raises(KatanaTimeoutError, match="response_deadline"):
                await asyncio.wait_for(client.products.get(1), NO_HANG)
        [through] = proxy.received
        assert through.target == f"{origin.url}/products/1"  # absolute form: proxied
        assert origin.received == []


async def test_a_body_arriving_within_the_deadline_is_read() -> None:
    fast = Trickle(body=b'{"id": 1, "name": "x"}', pieces=4, pause=0.01)
    async with (
        FaultServer(lambda request: fast) as server,
        client_for(server, timeout=READ_TIMEOUT, retry=False) as client,
    ):
        product = await client.products.get(1)
    assert product.name == "x"


async def test_a_trace_of_ones_own_sees_every_step_while_the_deadline_watches() -> None:
    # The deadline arms itself through httpcore's trace hook; a caller's own hook is
    # still called at every step, before and after the deadline is armed.
    events: list[str] = []

    async def trace(event: str, info: dict[str, Any]) -> None:
        events.append(event)

    async with FaultServer() as server, client_for(server, retry=False) as client:
        http = client.get_async_httpx_client()
        response = await http.get("/products/1", extensions={"trace": trace})
    assert response.status_code == 200
    # The body was read within the cap, then handed back for httpx to read as usual.
    assert response.json() == {"id": 1}
    assert response.elapsed.total_seconds() >= 0  # set only when httpx read it itself
    steps = ["send_request_headers", "receive_response_headers", "receive_response_body"]
    for step in steps:
        assert f"http11.{step}.started" in events
        assert f"http11.{step}.complete" in events


@pytest.mark.parametrize("value", [0, -1.0, float("inf"), float("nan"), True, "5"])
def test_an_invalid_response_deadline_is_a_config_error(value: Any) -> None:
    from katana_client import KatanaConfigError  # noqa: PLC0415 - one test's import

    with pytest.raises(KatanaConfigError, match="response_deadline"):
        KatanaClient(api_key="k", response_deadline=value)


async def test_what_was_read_of_a_body_over_the_cap_is_let_go_at_once(
    server: FaultServer,
) -> None:
    # The error's traceback keeps the body reader's frame alive until a gc.collect():
    # what it had read (up to the cap) must not be kept with it.
    server.script("GET", "/products/1", HugeBody(size=64 * MIB))
    async with client_for(server, max_response_bytes=16 * MIB, retry=False) as client:
        tracemalloc.start()
        try:
            baseline = tracemalloc.get_traced_memory()[0]
            with pytest.raises(KatanaResponseTooLargeError) as caught:
                await client.products.get(1)
            held = tracemalloc.get_traced_memory()[0] - baseline
        finally:
            tracemalloc.stop()
    assert caught.value.__cause__ is not None  # the traceback is still there
    assert held < 4 * MIB
