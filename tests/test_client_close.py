"""`aclose()` closes: nothing is sent after it returns, and no socket is left open.

Requests in flight when the client closes (sending, waiting to retry, waiting for the
rate limit) end with `KatanaClientClosedError`; a real server on 127.0.0.1 counts what
arrives. pytest turns warnings into errors, so a socket left unclosed (ResourceWarning)
fails these tests; `gc.collect()` makes such a socket report itself inside the test.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest
from faultserver import FaultServer, Hang, Reply

from katana_client import (
    KatanaClient,
    KatanaClientClosedError,
    KatanaClosedInFlightError,
    RetryPolicy,
)
from katana_client.generated.models import CreateSalesOrderDto
from katana_client.resilience import LocalRateLimiter

# Long enough that each request is still waiting to retry when the client closes.
PATIENT = RetryPolicy(attempts=5, initial=0.5, multiplier=1, jitter=0)


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


async def until(condition: Callable[[], bool]) -> None:
    """Wait (a bounded number of short steps) until `condition` holds."""
    for _ in range(1000):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")


async def outcomes(tasks: list[asyncio.Task[Any]]) -> list[BaseException | None]:
    # A generous bound: proves that closing ended them, not their own retries or waits.
    done = await asyncio.wait_for(asyncio.gather(*tasks, return_exceptions=True), 10)
    return [item if isinstance(item, BaseException) else None for item in done]


async def test_closing_stops_the_retries_of_requests_in_flight(server: FaultServer) -> None:
    server.handler = lambda request: Reply(503, b"")
    client = KatanaClient(api_key="k", base_url=server.url, retry=PATIENT, rate_limit=False)
    tasks = [asyncio.create_task(client.products.get(i)) for i in (1, 2, 3)]
    await until(lambda: len(server.received) >= 3)
    await client.aclose()
    arrived_before_close = len(server.received)
    errors = await outcomes(tasks)
    gc.collect()
    assert all(isinstance(error, KatanaClosedInFlightError) for error in errors), errors
    assert len(server.received) == arrived_before_close


async def test_closing_ends_a_request_waiting_for_the_rate_limit(server: FaultServer) -> None:
    limiter = LocalRateLimiter(1, 3600.0)  # one request an hour
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    await client.products.get(1)
    waiting = asyncio.create_task(client.products.get(2))
    await asyncio.sleep(0.1)  # into the limiter (if not, close refuses it all the same)
    await client.aclose()
    [error] = await outcomes([waiting])
    assert isinstance(error, KatanaClientClosedError)
    assert server.count("GET", "/products/2") == 0


@pytest.mark.slow
async def test_closing_ends_a_request_whose_answer_has_not_arrived(server: FaultServer) -> None:
    server.script("GET", "/products/1", Hang())
    client = KatanaClient(api_key="k", base_url=server.url, retry=PATIENT, rate_limit=False)
    task = asyncio.create_task(client.products.get(1))
    await until(lambda: server.count("GET", "/products/1") == 1)
    await client.aclose()
    [error] = await outcomes([task])
    gc.collect()
    assert isinstance(error, KatanaClosedInFlightError)
    assert "closed while it was in flight" in str(error)
    assert error.outcome_unknown is False  # a GET changes nothing
    assert server.count("GET", "/products/1") == 1


async def test_a_create_stopped_by_close_while_sent_has_an_unknown_outcome(
    server: FaultServer,
) -> None:
    server.script("POST", "/sales_orders", Hang())
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=False)
    body = CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[])
    task = asyncio.create_task(client.sales_orders.create(body))
    await until(lambda: server.count("POST", "/sales_orders") == 1)
    await client.aclose()
    [error] = await outcomes([task])
    assert isinstance(error, KatanaClosedInFlightError)
    assert error.outcome_unknown is True
    assert error.operation == "createSalesOrder"
    assert "may have reached Katana" in str(error)


async def test_a_create_stopped_by_close_before_it_was_sent_changed_nothing(
    server: FaultServer,
) -> None:
    limiter = LocalRateLimiter(1, 3600.0)
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    await client.products.get(1)  # takes the hour's only slot
    body = CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[])
    task = asyncio.create_task(client.sales_orders.create(body))
    await asyncio.sleep(0.1)  # into the limiter
    await client.aclose()
    [error] = await outcomes([task])
    assert isinstance(error, KatanaClientClosedError)
    assert getattr(error, "outcome_unknown", False) is False
    assert server.count("POST", "/sales_orders") == 0


async def test_a_caller_cancelled_at_close_stays_cancelled(server: FaultServer) -> None:
    server.script("GET", "/products/1", Hang())
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=False)
    task = asyncio.create_task(client.products.get(1))
    await until(lambda: server.count("GET", "/products/1") == 1)
    task.cancel()  # the caller gave up too: its cancellation is not turned into an error
    await client.aclose()
    [error] = await outcomes([task])
    assert isinstance(error, asyncio.CancelledError)


@pytest.mark.parametrize("how", ["cancelled", "timed out", "closed"])
async def test_a_call_ended_in_flight_gives_its_rate_limit_slot_back(
    server: FaultServer, how: str
) -> None:
    # One slot per 0.1 s for the key: a slot an ended call kept would be lost for good,
    # and every later request of that key, by any client, would wait for it in vain.
    server.script("GET", "/products/1", Hang())
    limiter = LocalRateLimiter(1, 0.1)
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    task = asyncio.create_task(client.products.get(1))
    await until(lambda: server.count("GET", "/products/1") == 1)
    if how == "cancelled":
        task.cancel()
    elif how == "closed":
        await client.aclose()
    bound = 0.05 if how == "timed out" else 0.2  # what ends the call, or an upper bound
    [ended] = await outcomes([asyncio.ensure_future(asyncio.wait_for(task, bound))])
    assert ended is not None
    other = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    try:
        await asyncio.wait_for(other.products.get(2), 10)
    finally:
        await other.aclose()
        await client.aclose()
    assert server.count("GET", "/products/2") == 1


class _SlowRelease:
    """A rate limiter whose slots take until `go` is set to be given back."""

    def __init__(self) -> None:
        self.go = asyncio.Event()
        self.releasing = 0
        self.released = 0

    async def acquire(self, key: str, *, max_wait: float | None = None) -> _SlowRelease:
        return self

    @property
    def waited(self) -> float:
        return 0.0

    async def release(self, feedback: object) -> None:
        self.releasing += 1
        await self.go.wait()
        self.released += 1


async def test_a_create_answered_but_closed_while_its_slot_goes_back_may_have_acted(
    server: FaultServer,
) -> None:
    # Katana created the order; the close lands while the limiter takes its slot back.
    # The call ends without its answer, so it must not say that nothing happened: the
    # caller would send the order again.
    server.handler = lambda request: Reply(200, {"id": 7})
    limiter = _SlowRelease()
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    body = CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[])
    task = asyncio.create_task(client.sales_orders.create(body))
    await until(lambda: limiter.releasing == 1)
    await client.aclose()
    [error] = await outcomes([task])
    assert isinstance(error, KatanaClosedInFlightError)
    assert error.outcome_unknown is True
    assert "may have reached Katana" in str(error)
    limiter.go.set()
    await until(lambda: limiter.released == 1)  # the release went on without the call


async def test_a_request_after_close_is_refused_without_being_sent(server: FaultServer) -> None:
    async with KatanaClient(api_key="k", base_url=server.url, rate_limit=False) as client:
        await client.products.get(1)
    with pytest.raises(KatanaClientClosedError):
        await client.products.get(2)
    assert server.count("GET", "/products/2") == 0


@pytest.mark.slow
async def test_the_client_works_as_before_until_it_is_closed(server: FaultServer) -> None:
    async with KatanaClient(api_key="k", base_url=server.url, retry=PATIENT) as client:
        server.script("GET", "/products/1", Reply(503, b""), Reply(200, {"id": 1, "name": "T"}))
        # Retried after 0.5 s; closing only ends what is in flight at that moment.
        product = await asyncio.wait_for(client.products.get(1), 10)
    assert product.id == 1
    assert server.count("GET", "/products/1") == 2
