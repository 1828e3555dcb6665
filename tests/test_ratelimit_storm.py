"""A storm of 429s with hostile rate-limit headers, under hundreds of concurrent callers.

Every answer is a 429 that asks for a day's pause, a limit of 1 and a reset decades
ahead. However many callers wait in one process, each ends (with the 429 as a typed
error, or a typed timeout from the rate limiter) within its own bounds, memory stays
small, and the client still never sends more than its limit in any window.
"""

from __future__ import annotations

import asyncio
import tracemalloc
from collections.abc import AsyncIterator

import httpx
import pytest
from faultserver import FaultServer, Received, Reply
from servers.redis_server import redis_url

from katana_client import (
    KatanaClient,
    KatanaRateLimitError,
    KatanaRateLimitTimeoutError,
    LocalRateLimiter,
    RedisRateLimiter,
    RetryPolicy,
)
from katana_client.generated.api.products import get_all_products
from katana_client.resilience import RateLimiter

__all__ = ["redis_url"]  # a fixture, imported for pytest

CALLERS = 400
LIMIT = 20
WINDOW = 0.2
HOSTILE = {
    "Retry-After": "86400",
    "X-Ratelimit-Limit": "1",
    "X-Ratelimit-Remaining": "0",
    "X-Ratelimit-Reset": "4102444800000",
}


def storm(request: Received) -> Reply:
    return Reply(429, {"statusCode": 429, "name": "TooManyRequests"}, HOSTILE)


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer(storm) as running:
        yield running


def most_in_any_window(arrivals: list[float], window: float) -> int:
    times = sorted(arrivals)
    best, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best


async def run_storm(server: FaultServer, limiter: RateLimiter) -> tuple[list[object], int]:
    """Every caller's outcome, and the peak of memory allocated during the storm."""
    policy = RetryPolicy(attempts=3, initial=0.0, max_retry_after=0.05, max_elapsed=5.0)
    tracemalloc.start()
    try:
        async with KatanaClient(
            api_key="k",
            base_url=server.url,
            rate_limit=limiter,
            retry=policy,
            timeout=httpx.Timeout(5.0, pool=1.0),
        ) as client:
            outcomes = await asyncio.wait_for(
                asyncio.gather(
                    *(get_all_products.asyncio(client=client) for _ in range(CALLERS)),
                    return_exceptions=True,
                ),
                120,
            )
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return list(outcomes), peak


@pytest.mark.slow
async def test_a_429_storm_under_hundreds_of_callers_ends_typed_and_small(
    server: FaultServer,
) -> None:
    outcomes, peak = await run_storm(server, LocalRateLimiter(LIMIT, WINDOW))
    kinds = {type(o) for o in outcomes}
    assert kinds <= {KatanaRateLimitError, KatanaRateLimitTimeoutError}
    assert KatanaRateLimitTimeoutError in kinds  # the shrunken, paused key made most wait
    assert peak < 64 * 2**20
    assert len(server.received) <= CALLERS * 3
    assert most_in_any_window([r.at for r in server.received], WINDOW) <= LIMIT


@pytest.mark.slow
async def test_a_429_storm_through_redis_ends_typed_and_small(
    server: FaultServer, redis_url: str
) -> None:
    limiter = RedisRateLimiter(redis_url, limit=LIMIT, window=WINDOW, prefix="storm")
    try:
        outcomes, peak = await run_storm(server, limiter)
    finally:
        await limiter.aclose()
    assert {type(o) for o in outcomes} <= {KatanaRateLimitError, KatanaRateLimitTimeoutError}
    assert peak < 64 * 2**20
    assert most_in_any_window([r.at for r in server.received], WINDOW) <= LIMIT
