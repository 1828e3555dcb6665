"""Waiting for a rate-limit slot: in order, within its timeout, never after the caller left.

The limiter's rules run on clocks the test controls: `FakeClock` (time jumps whenever
the first waiter sleeps) and `ManualClock` (time moves only when the test says so).
The end-to-end checks go through `KatanaClient` to a real server on 127.0.0.1 and count
what arrived there: a request that timed out or was cancelled must never arrive.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import pickle
from collections.abc import AsyncIterator

import httpx
import pytest
from faultserver import FakeClock, FaultServer, Reply

from katana_client import (
    KatanaClient,
    KatanaClientClosedError,
    KatanaError,
    KatanaRateLimitTimeoutError,
    KatanaTimeoutError,
    LocalRateLimiter,
)
from katana_client.resilience import RateLimitFeedback, ResilientTransport


class ManualClock:
    """Time moves only on `advance`; sleepers wake in order of their deadlines."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return 1_700_000_000.0 + self.now

    async def sleep(self, seconds: float) -> None:
        woken: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + max(0.0, seconds), next(self._order), woken))
        await woken

    async def advance(self, seconds: float) -> None:
        self.now += seconds
        while self._sleepers and self._sleepers[0][0] <= self.now:
            _, _, woken = heapq.heappop(self._sleepers)
            if not woken.done():
                woken.set_result(None)
        await settle()


async def settle() -> None:
    """Let every task that can run, run (bounded: a hundred loop turns)."""
    for _ in range(100):
        await asyncio.sleep(0)


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


# --- first come, first served ---------------------------------------------------------------


async def test_many_waiters_get_their_slots_in_the_order_they_came() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(2, 10.0, clock=clock)
    granted: list[tuple[int, float]] = []

    async def request(number: int) -> None:
        permit = await limiter.acquire("k")
        granted.append((number, clock.now))
        await permit.release(None)  # an instant answer: the slot frees a window later

    tasks = []
    for number in range(60):
        tasks.append(asyncio.create_task(request(number)))
        await asyncio.sleep(0)  # each joins the line before the next one comes
    await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert [number for number, _ in granted] == list(range(60))
    # Two per window, no slot idle: request n goes exactly n // 2 windows after the first.
    assert [at - 1000.0 for _, at in granted] == [n // 2 * 10.0 for n in range(60)]


async def test_arrivals_while_answers_are_slow_are_still_served_in_order() -> None:
    # Requests keep coming while earlier ones wait for their answers (3 s each): a waiter
    # that looked while every slot was in flight must not be overtaken by a later one.
    clock = ManualClock()
    limiter = LocalRateLimiter(3, 10.0, clock=clock)
    granted: list[int] = []

    async def request(number: int) -> None:
        permit = await limiter.acquire("k")
        granted.append(number)
        await clock.sleep(3.0)
        await permit.release(None)

    tasks = []
    for step in range(1000):  # 45 requests need 15 rounds of 13 s: about 400 steps
        if step < 45:
            tasks.append(asyncio.create_task(request(step)))
        await clock.advance(0.5)
        if all(task.done() for task in tasks):
            break
    await asyncio.wait_for(asyncio.gather(*tasks), 10)
    assert granted == list(range(45))


async def test_a_late_comer_waits_behind_the_line_even_when_a_slot_is_free_for_it() -> None:
    clock = ManualClock()
    limiter = LocalRateLimiter(1, 10.0, clock=clock)
    first = await limiter.acquire("k")
    await first.release(None)
    order: list[str] = []

    async def request(name: str) -> None:
        permit = await limiter.acquire("k")
        order.append(name)
        await permit.release(None)

    early = asyncio.create_task(request("early"))
    await settle()
    await clock.advance(10.0)  # the slot frees: "early" is first in line
    late = asyncio.create_task(request("late"))
    await settle()
    await clock.advance(10.0)
    await clock.advance(10.0)
    await asyncio.wait_for(asyncio.gather(early, late), 10)
    assert order == ["early", "late"]


async def test_requests_reach_the_server_in_the_order_they_were_made(server: FaultServer) -> None:
    clock = FakeClock()
    transport = ResilientTransport(
        httpx.AsyncHTTPTransport(), rate_limiter=LocalRateLimiter(1, 5.0, clock=clock), clock=clock
    )
    # No pool timeout: on a FakeClock, a waiter's own deadline would move everyone's time.
    timeout = httpx.Timeout(10.0, pool=None)
    async with KatanaClient(
        api_key="k", base_url=server.url, transport=transport, timeout=timeout
    ) as client:
        http = client.get_async_httpx_client()
        tasks = []
        for number in range(40):
            tasks.append(asyncio.create_task(http.get("/products", params={"n": number})))
            await asyncio.sleep(0)
        responses = await asyncio.wait_for(asyncio.gather(*tasks), 30)
    assert all(r.status_code == 200 for r in responses)
    assert [int(r.query["n"][0]) for r in server.received] == list(range(40))


# --- a wait ends at its timeout, with a typed error ----------------------------------------


async def test_a_wait_raises_a_typed_error_at_max_wait_and_takes_no_slot() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(2, 60.0, clock=clock)
    held = [await limiter.acquire("k"), await limiter.acquire("k")]
    with pytest.raises(KatanaRateLimitTimeoutError) as caught:
        await limiter.acquire("k", max_wait=5.0)
    assert (caught.value.waited, caught.value.timeout) == (5.0, 5.0)
    assert clock.now == 1005.0
    assert "LocalRateLimiter(limit=2, window=60.0)" in str(caught.value)
    assert "not sent" in str(caught.value)
    assert "pool" in str(caught.value)
    for permit in held:
        await permit.release(None)
    # Both slots free one window after their release: the timed-out wait kept none.
    after = [await limiter.acquire("k"), await limiter.acquire("k")]
    assert [p.waited for p in after] == [60.0, 0.0]
    assert clock.now == 1065.0


async def test_a_max_wait_of_zero_takes_a_free_slot_and_never_waits() -> None:
    limiter = LocalRateLimiter(1, 60.0, clock=FakeClock())
    assert (await limiter.acquire("k", max_wait=0)).waited == 0
    with pytest.raises(KatanaRateLimitTimeoutError):
        await limiter.acquire("k", max_wait=0)


async def test_waiters_behind_the_first_time_out_on_their_own_deadlines() -> None:
    clock = ManualClock()
    limiter = LocalRateLimiter(1, 60.0, clock=clock)
    held = await limiter.acquire("k")
    first = asyncio.create_task(limiter.acquire("k"))
    await settle()
    impatient = asyncio.create_task(limiter.acquire("k", max_wait=3.0))
    patient = asyncio.create_task(limiter.acquire("k"))
    await settle()
    await clock.advance(3.0)
    with pytest.raises(KatanaRateLimitTimeoutError):
        await asyncio.wait_for(impatient, 10)
    assert not first.done()
    assert not patient.done()
    await held.release(None)
    await clock.advance(60.0)
    got_first = await asyncio.wait_for(first, 10)
    await got_first.release(None)
    await clock.advance(60.0)
    assert (await asyncio.wait_for(patient, 10)).waited == pytest.approx(123.0)


@pytest.mark.slow
async def test_a_request_waiting_for_a_slot_gives_up_at_its_pool_timeout(
    server: FaultServer,
) -> None:
    limiter = LocalRateLimiter(1, 60.0)
    async with KatanaClient(
        api_key="k", base_url=server.url, rate_limit=limiter, timeout=0.3
    ) as client:
        http = client.get_async_httpx_client()
        assert (await http.get("/products")).status_code == 200
        with pytest.raises(KatanaRateLimitTimeoutError) as caught:
            await asyncio.wait_for(http.get("/products", params={"q": "secret"}), 10)
        with client.options(timeout=0.2), pytest.raises(KatanaRateLimitTimeoutError) as per_call:
            await asyncio.wait_for(http.get("/products"), 10)
    error = caught.value
    assert isinstance(error, KatanaError)
    assert isinstance(error, KatanaTimeoutError)
    assert isinstance(error, httpx.TimeoutException)
    assert error.request_sent is False
    assert error.outcome_unknown is False
    assert error.timeout == pytest.approx(0.3)
    assert error.waited >= 0.3
    assert error.method == "GET"
    assert error.url == f"{server.url}/products"
    assert str(error).startswith(f"GET {server.url}/products: waited ")
    assert "secret" not in str(error)
    assert str(pickle.loads(pickle.dumps(error))) == str(error)  # for task queues
    assert per_call.value.timeout == pytest.approx(0.2)
    assert server.count("GET", "/products") == 1


async def test_with_default_timeouts_a_long_sequential_walk_is_never_cut_short(
    server: FaultServer,
) -> None:
    # Katana's 60 per 60 s: request 61 waits most of a window, longer than the 30 s read
    # timeout. The default pool timeout (which bounds the wait) leaves room for that.
    clock = FakeClock()
    transport = ResilientTransport(
        httpx.AsyncHTTPTransport(), rate_limiter=LocalRateLimiter(clock=clock), clock=clock
    )
    async with KatanaClient(api_key="k", base_url=server.url, transport=transport) as client:
        http = client.get_async_httpx_client()
        for page in range(1, 131):
            assert (await http.get("/products", params={"page": page})).status_code == 200
    assert clock.now - 1000.0 >= 120.0  # two full windows of waiting, and no error
    assert max(clock.sleeps) > 30.0


@pytest.mark.slow
async def test_a_429_pause_of_a_day_does_not_outlast_a_request_timeout(
    server: FaultServer,
) -> None:
    # A limiter whose own cap would allow a day: the request's timeout still holds.
    limiter = LocalRateLimiter(10, 60.0, max_pause=86400.0)
    async with KatanaClient(
        api_key="k", base_url=server.url, rate_limit=limiter, timeout=0.3, retry=False
    ) as client:
        http = client.get_async_httpx_client()
        server.script("GET", "/products", Reply(429, {}, {"Retry-After": "86400"}))
        assert (await http.get("/products")).status_code == 429
        with pytest.raises(KatanaRateLimitTimeoutError):
            await asyncio.wait_for(http.get("/products"), 10)
    assert server.count("GET", "/products") == 1


# --- cancellation and closing ---------------------------------------------------------------


async def test_a_cancelled_waiter_gives_up_its_place_at_once() -> None:
    clock = ManualClock()
    limiter = LocalRateLimiter(1, 10.0, clock=clock)
    held = await limiter.acquire("k")
    await held.release(None)
    cancelled = asyncio.create_task(limiter.acquire("k"))
    await settle()
    behind = asyncio.create_task(limiter.acquire("k"))
    await settle()
    cancelled.cancel()
    await settle()
    assert cancelled.cancelled()
    await clock.advance(10.0)  # the slot the cancelled one would have had
    permit = await asyncio.wait_for(behind, 10)
    assert permit.waited == pytest.approx(10.0)


@pytest.mark.slow
async def test_a_caller_that_gave_up_never_sends_its_request(server: FaultServer) -> None:
    limiter = LocalRateLimiter(1, 0.5)
    async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as client:
        http = client.get_async_httpx_client()
        await http.post("/sales_orders", json={"order_no": "first"})
        # The caller's own deadline (asyncio.wait_for) ends its wait: it must not send.
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(http.post("/sales_orders", json={"order_no": "gone"}), 0.1)
        await http.post("/sales_orders", json={"order_no": "last"})
        await asyncio.sleep(0.6)  # one more window in which the gone one could appear
    assert [r.json()["order_no"] for r in server.received] == ["first", "last"]


@pytest.mark.slow
async def test_closing_the_client_ends_every_waiter_and_sends_none(server: FaultServer) -> None:
    limiter = LocalRateLimiter(1, 2.0)
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    http = client.get_async_httpx_client()
    await http.get("/products")
    waiters = [asyncio.create_task(http.get("/products")) for _ in range(150)]
    await asyncio.sleep(0.1)
    await asyncio.wait_for(client.aclose(), 10)
    outcomes = await asyncio.wait_for(asyncio.gather(*waiters, return_exceptions=True), 10)
    assert all(isinstance(o, KatanaClientClosedError) for o in outcomes)
    assert server.count("GET", "/products") == 1
    # They left the line: another client of the same limiter and key is served next.
    async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as other:
        response = await asyncio.wait_for(other.get_async_httpx_client().get("/products"), 10)
    assert response.status_code == 200
    assert server.count("GET", "/products") == 2


@pytest.mark.slow
async def test_waiters_on_other_event_loops_are_served_too() -> None:
    limiter = LocalRateLimiter(2, 0.05)

    def run_in_own_loop() -> list[float]:
        async def main() -> list[float]:
            async def one() -> float:
                permit = await limiter.acquire("shared")
                await permit.release(RateLimitFeedback(None, None, None, None))
                return permit.waited

            return list(await asyncio.gather(*(one() for _ in range(10))))

        return asyncio.run(main())

    results = await asyncio.wait_for(
        asyncio.gather(*(asyncio.to_thread(run_in_own_loop) for _ in range(3))), 30
    )
    assert sum(len(r) for r in results) == 30
