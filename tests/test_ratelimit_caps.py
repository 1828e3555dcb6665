"""Nothing a server sends can pause or shrink a rate-limit bucket for long.

`Retry-After` (seconds or an HTTP date) and `X-Ratelimit-Reset` pause or hold a key for
at most the limiter's `max_pause` (default: one window); `X-Ratelimit-Limit` lowers the
limit only while Katana keeps saying so, and a window after the last time it did, the
bucket is whole again. The rules run on a fake clock; the end-to-end checks send real
requests through `KatanaClient` to a server on 127.0.0.1 that sends the hostile headers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import httpx
import pytest
from faultserver import FakeClock, FaultServer, Reply

from katana_client import (
    KatanaClient,
    KatanaRateLimitTimeoutError,
    LocalRateLimiter,
    RetryPolicy,
)
from katana_client.resilience import RateLimitFeedback
from katana_client.resilience._ratelimit import feedback_from_response, limiter_key
from katana_client.testing import RateLimit

DECADES_AHEAD = "Fri, 01 Jan 2100 00:00:00 GMT"


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


def feedback(
    *,
    limit: int | None = None,
    remaining: int | None = None,
    reset_after: float | None = None,
    retry_after: float | None = None,
) -> RateLimitFeedback:
    return RateLimitFeedback(limit, remaining, reset_after, retry_after)


async def test_a_retry_after_of_a_day_pauses_the_key_for_one_window_by_default() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, clock=clock)
    assert limiter.max_pause == 10.0
    await (await limiter.acquire("k")).release(feedback(retry_after=86400.0))
    assert (await limiter.acquire("k")).waited == 10.0


async def test_max_pause_sets_the_longest_pause_a_server_may_impose() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, max_pause=3.0, clock=clock)
    await (await limiter.acquire("k")).release(feedback(retry_after=86400.0))
    assert (await limiter.acquire("k")).waited == 3.0
    await (await limiter.acquire("k")).release(feedback(remaining=0, reset_after=20.0))
    assert (await limiter.acquire("k")).waited == 3.0


def test_an_http_date_decades_ahead_is_read_as_a_long_wait_the_limiter_then_cuts() -> None:
    headers = httpx.Headers({"Retry-After": DECADES_AHEAD})
    read = feedback_from_response(429, headers, now=1_700_000_000.0, window=60.0)
    assert read.retry_after is not None
    assert read.retry_after > 86400 * 365 * 50


@pytest.mark.parametrize(
    "reset",
    ["4102444800", "4102444800000", "99999999"],
    ids=["epoch seconds in 2100", "epoch milliseconds in 2100", "seconds from now"],
)
async def test_a_reset_far_ahead_holds_slots_for_at_most_max_pause(reset: str) -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, clock=clock)
    headers = httpx.Headers({"X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": reset})
    read = feedback_from_response(200, headers, now=clock.time(), window=limiter.window)
    await (await limiter.acquire("k")).release(read)
    assert (await limiter.acquire("k")).waited == 10.0


async def test_a_lower_server_limit_lasts_one_window_after_katana_last_said_it() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, clock=clock)
    await (await limiter.acquire("k")).release(feedback(limit=1))
    second = await limiter.acquire("k")
    assert second.waited == 10.0  # one slot only while lowered
    await second.release(None)  # no limit header this time
    # A window later the lowered limit is forgotten: all five slots are there again
    # (four free now, the fifth is the one just released).
    clock.now += 10.0
    waits = [(await limiter.acquire("k")).waited for _ in range(4)]
    assert waits == [0.0, 0.0, 0.0, 0.0]


async def test_a_lower_limit_repeated_on_every_answer_stays_in_force() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, clock=clock)
    for _ in range(6):
        permit = await limiter.acquire("k")
        await permit.release(feedback(limit=2))
    # Two per window all along: six requests span two windows.
    assert clock.now == 1020.0


async def test_a_limit_of_zero_is_ignored_and_a_limit_of_one_recovers() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(3, 10.0, clock=clock)
    zero = feedback_from_response(
        200, httpx.Headers({"X-Ratelimit-Limit": "0"}), now=clock.time(), window=10.0
    )
    assert zero.limit is None
    await (await limiter.acquire("k")).release(zero)
    assert [(await limiter.acquire("k")).waited for _ in range(2)] == [0.0, 0.0]
    fresh = LocalRateLimiter(3, 10.0, clock=clock)
    await (await fresh.acquire("k")).release(feedback(limit=1))
    clock.now += 10.0
    assert [(await fresh.acquire("k")).waited for _ in range(3)] == [0.0, 0.0, 0.0]


async def test_a_higher_server_limit_ends_a_lowered_one_but_never_raises_the_configured() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(3, 10.0, clock=clock)
    a, b = await limiter.acquire("k"), await limiter.acquire("k")
    await a.release(feedback(limit=1))
    await b.release(feedback(limit=1000))
    # Back to the configured 3 at once (not 1, not 1000): one more now, then a window.
    assert (await limiter.acquire("k")).waited == 0.0
    assert (await limiter.acquire("k")).waited == 10.0


def _retrying(server: FaultServer, limiter: LocalRateLimiter, attempts: int) -> KatanaClient:
    """A client of `server` that retries, honouring a Retry-After for 0.1 s at most."""
    policy = RetryPolicy(attempts=attempts, initial=0.0, max_retry_after=0.1)
    return KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter, retry=policy)


@pytest.mark.slow
async def test_one_429_with_a_retry_after_of_a_day_does_not_stall_the_key(
    server: FaultServer,
) -> None:
    server.script("GET", "/products", Reply(429, {}, {"Retry-After": "86400"}))
    limiter = LocalRateLimiter(10, 0.5)
    async with (
        _retrying(server, limiter, attempts=3) as one,
        KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter, retry=False) as two,
    ):
        first, second = await asyncio.wait_for(
            asyncio.gather(
                one.get_async_httpx_client().get("/products"),
                two.get_async_httpx_client().get("/customers"),
            ),
            10,
        )
    assert (first.status_code, second.status_code) == (200, 200)
    assert server.count("GET", "/products") == 2


@pytest.mark.slow
async def test_an_http_date_decades_ahead_does_not_stall_the_key(server: FaultServer) -> None:
    server.script("GET", "/products", Reply(429, {}, {"Retry-After": DECADES_AHEAD}))
    async with _retrying(server, LocalRateLimiter(10, 0.5), attempts=3) as client:
        response = await asyncio.wait_for(client.get_async_httpx_client().get("/products"), 10)
    assert response.status_code == 200


@pytest.mark.parametrize(
    "retry_after",
    [
        "Mon, 01 Jan 99999999999999999999 00:00:00 GMT",  # a year past any datetime
        "Mon, 01 Jan 2030 00:00:00 +99999999999999999999",  # an offset past any
        "Mon, 99 Foo 2030 99:99:99 GMT",
        "-5",
        "nan",
    ],
)
async def test_an_unreadable_retry_after_is_ignored_and_the_key_keeps_its_slots(
    server: FaultServer, retry_after: str
) -> None:
    # Read as absent: the retry waits its own backoff, and neither the call nor the
    # slot it held is lost to the header.
    server.script("GET", "/products", *[Reply(429, {}, {"Retry-After": retry_after})] * 3)
    # Two slots a 0.05 s window: the five requests need the slots to come back.
    async with _retrying(server, LocalRateLimiter(2, 0.05), attempts=5) as client:
        response = await asyncio.wait_for(client.get_async_httpx_client().get("/products"), 10)
        again = await asyncio.wait_for(client.get_async_httpx_client().get("/customers"), 10)
    assert (response.status_code, again.status_code) == (200, 200)
    assert server.count("GET", "/products") == 4


@pytest.mark.slow
async def test_rate_limit_headers_that_shrink_the_bucket_wear_off(server: FaultServer) -> None:
    lying = {"X-Ratelimit-Limit": "1", "X-Ratelimit-Remaining": "0", "X-Ratelimit-Reset": "1e30"}
    server.script("GET", "/products", Reply(200, {"data": []}, lying))
    limiter = LocalRateLimiter(4, 0.5)
    async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as client:
        await client.get_async_httpx_client().get("/products")
    await asyncio.sleep(1.0)  # a window for the lowered limit, the held slots, the used one
    key = limiter_key(
        httpx.Request("GET", f"{server.url}/products", headers={"Authorization": "Bearer k"})
    )
    # Whole again: all four slots at once (`max_wait=0` raises rather than wait).
    permits = [await limiter.acquire(key, max_wait=0) for _ in range(4)]
    assert [p.waited for p in permits] == [0.0, 0.0, 0.0, 0.0]
    with pytest.raises(KatanaRateLimitTimeoutError):
        await limiter.acquire(key, max_wait=0)


def test_the_fake_katanas_rate_limit_forgets_ended_windows() -> None:
    now = [1_700_000_000.0]
    fake_limit = RateLimit(limit=60, window=60.0, clock=lambda: now[0])
    for number in range(5000):
        assert fake_limit.check(f"key-{number}").allowed
        now[0] += 1.0
    assert len(fake_limit._windows) <= 1024
    # A key whose window is still open keeps its count.
    assert fake_limit.check("key-4999").headers["X-Ratelimit-Remaining"] == "58"
