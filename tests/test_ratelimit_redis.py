"""RedisRateLimiter under load and when Redis fails, against a real redis-server on 127.0.0.1.

Hundreds of requests waiting in one process share a handful of Redis connections (one
line per key; only its first waiter polls), are served in order, and a Redis that is
down or refuses surfaces as `KatanaRateLimiterError` without the URL's password. Katana's
headers pause or shrink the Redis bucket only for a bounded time.
"""

from __future__ import annotations

import asyncio
import logging
import pickle
import uuid
from collections.abc import AsyncIterator

import pytest
import redis.asyncio as aioredis
from faultserver import FakeClock, FaultServer, Hang
from servers.leakcheck import make_secret, render_exception
from servers.processes import free_port
from servers.redis_server import redis_server, redis_url

from katana_client import (
    KatanaClient,
    KatanaConfigError,
    KatanaError,
    KatanaRateLimiterError,
    KatanaRateLimitTimeoutError,
    LocalRateLimiter,
    RedisRateLimiter,
)
from katana_client.generated.api.products import get_all_products
from katana_client.resilience import RateLimitFeedback
from katana_client.testing import FakeKatana, RateLimit, serve_fake_katana

__all__ = ["redis_url"]  # a fixture, imported for pytest


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


def most_in_any_window(arrivals: list[float], window: float) -> int:
    times = sorted(arrivals)
    best, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best


@pytest.mark.slow
async def test_hundreds_of_waiters_in_one_process_share_a_few_redis_connections(
    server: FaultServer, redis_url: str
) -> None:
    limiter = RedisRateLimiter(redis_url, limit=20, window=0.1)
    watcher = aioredis.Redis.from_url(redis_url)
    most_clients = 0
    done = asyncio.Event()

    async def watch() -> None:
        # Ends when told, between commands: a redis-py command cancelled while it reads
        # its reply was seen to never finish cancelling (a CI run hung here).
        nonlocal most_clients
        while not done.is_set():
            clients = await watcher.client_list()
            most_clients = max(most_clients, len(clients) - 1)  # not the watcher itself
            await asyncio.sleep(0.02)

    watching = asyncio.create_task(watch())
    try:
        async with KatanaClient(
            api_key="k", base_url=server.url, rate_limit=limiter, retry=False
        ) as client:
            http = client.get_async_httpx_client()
            responses = await asyncio.wait_for(
                asyncio.gather(*(http.get("/products") for _ in range(300))), 120
            )
    finally:
        done.set()
        await asyncio.wait_for(asyncio.gather(watching, return_exceptions=True), 30)
        await watcher.aclose()
        await limiter.aclose()
    assert all(r.status_code == 200 for r in responses)
    assert 1 <= most_clients <= 20  # the URL-built pool's cap, not one per waiter
    assert most_in_any_window([r.at for r in server.received], 0.1) <= 20


@pytest.mark.slow
async def test_redis_waiters_are_served_in_the_order_they_came(
    server: FaultServer, redis_url: str
) -> None:
    limiter = RedisRateLimiter(redis_url, limit=1, window=0.01, prefix=uuid.uuid4().hex)
    try:
        async with KatanaClient(
            api_key="k", base_url=server.url, rate_limit=limiter, retry=False
        ) as client:
            http = client.get_async_httpx_client()
            tasks = []
            for number in range(40):
                tasks.append(asyncio.create_task(http.get("/products", params={"n": number})))
                await asyncio.sleep(0)
            await asyncio.wait_for(asyncio.gather(*tasks), 60)
    finally:
        await limiter.aclose()
    assert [int(r.query["n"][0]) for r in server.received] == list(range(40))


async def test_a_redis_that_is_down_raises_a_typed_error_and_sends_nothing(
    server: FaultServer,
) -> None:
    password = make_secret("redis")
    limiter = RedisRateLimiter(f"redis://:{password}@127.0.0.1:{free_port()}/0")
    try:
        async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as client:
            http = client.get_async_httpx_client()
            outcomes = await asyncio.wait_for(
                asyncio.gather(
                    *(http.get("/products") for _ in range(150)), return_exceptions=True
                ),
                60,
            )
    finally:
        await limiter.aclose()
    assert all(isinstance(o, KatanaRateLimiterError) for o in outcomes)
    error = outcomes[0]
    assert isinstance(error, KatanaError)
    assert isinstance(error, KatanaRateLimiterError)
    assert "127.0.0.1" in str(error)
    assert "not sent" in str(error)
    assert password not in render_exception(error)
    assert password not in repr(limiter)
    assert pickle.loads(pickle.dumps(error)).backend == error.backend  # for task queues
    assert server.received == []


async def test_a_redis_failure_after_the_response_does_not_fail_the_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with redis_server() as url:
        limiter = RedisRateLimiter(url, limit=2, window=1.0)
        permit = await limiter.acquire("k")
    # The server is gone now: the response has arrived, releasing only logs.
    caplog.set_level(logging.WARNING, logger="katana_client")
    try:
        await asyncio.wait_for(permit.release(RateLimitFeedback(None, 0, 1.0, None)), 30)
        with pytest.raises(KatanaRateLimiterError):
            await asyncio.wait_for(limiter.acquire("k"), 30)
    finally:
        await limiter.aclose()
    assert any("frees by itself" in r.getMessage() for r in caplog.records)


def test_an_invalid_redis_url_is_a_config_error_that_hides_the_url() -> None:
    password = make_secret("redis")
    with pytest.raises(KatanaConfigError) as caught:
        RedisRateLimiter(f"redis://:{password}@127.0.0.1:notaport/0")
    assert password not in render_exception(caught.value)


@pytest.mark.slow
async def test_a_retry_after_of_a_day_pauses_a_redis_key_for_at_most_max_pause(
    redis_url: str,
) -> None:
    prefix = uuid.uuid4().hex
    limiter = RedisRateLimiter(redis_url, limit=2, window=0.5, prefix=prefix)
    inspect = aioredis.Redis.from_url(redis_url)
    try:
        permit = await limiter.acquire("k")
        await permit.release(RateLimitFeedback(None, None, None, retry_after=86400.0))
        paused_ms = await inspect.pttl(f"{prefix}:{{k}}:paused")
        await asyncio.wait_for(limiter.acquire("k"), 10)  # served after the short pause
    finally:
        await inspect.aclose()
        await limiter.aclose()
    assert 0 < paused_ms <= 501  # max_pause is one window: 500 ms


async def test_a_lower_limit_from_katana_wears_off_in_redis_too(redis_url: str) -> None:
    clock = FakeClock()
    limiter = RedisRateLimiter(
        redis_url, limit=3, window=60.0, clock=clock, prefix=uuid.uuid4().hex
    )
    try:
        held = await limiter.acquire("k")
        await held.release(RateLimitFeedback(1, None, None, None))
        with pytest.raises(KatanaRateLimitTimeoutError):
            await limiter.acquire("k", max_wait=0)
        clock.now += 61.0  # a window later, nothing said it again
        assert (await limiter.acquire("k", max_wait=0)).waited == 0.0
    finally:
        await limiter.aclose()


async def test_whole_second_resets_do_not_pause_a_key_whose_slots_were_all_its_own(
    redis_url: str,
) -> None:
    # Katana's reset rounds up to whole seconds: it lags the true end of its window by up
    # to a second. Pausing the key until then cost a third of the budget (6.5 of 10/s).
    clock = FakeClock()
    limiter = RedisRateLimiter(
        redis_url, limit=3, window=1.0, max_pause=5.0, clock=clock, prefix=uuid.uuid4().hex
    )
    try:
        permits = [await limiter.acquire("k") for _ in range(3)]
        for permit in permits:
            await permit.release(RateLimitFeedback(3, 0, 1.9, None))
        with pytest.raises(KatanaRateLimitTimeoutError):
            await limiter.acquire("k", max_wait=2.5)
    finally:
        await limiter.aclose()
    assert clock.sleeps
    assert max(clock.sleeps) <= 1.0  # the slots' own window, not the 1.9 s reset


async def test_slots_katana_counted_for_others_are_held_until_the_reset(redis_url: str) -> None:
    clock = FakeClock()
    limiter = RedisRateLimiter(
        redis_url, limit=3, window=10.0, clock=clock, prefix=uuid.uuid4().hex
    )
    try:
        permit = await limiter.acquire("k")
        # One request of ours, yet Katana has none left: two went from elsewhere.
        await permit.release(RateLimitFeedback(3, 0, 5.0, None))
        with pytest.raises(KatanaRateLimitTimeoutError):
            await limiter.acquire("k", max_wait=6.0)
    finally:
        await limiter.aclose()
    assert 4.0 < clock.sleeps[0] <= 5.0


async def test_cancelled_redis_waiters_never_keep_a_slot(redis_url: str) -> None:
    prefix = uuid.uuid4().hex
    limiter = RedisRateLimiter(redis_url, limit=100, window=60.0, prefix=prefix)
    inspect = aioredis.Redis.from_url(redis_url)
    try:
        tasks = []
        for number in range(60):
            # Cancelled at different steps: in line, during the Redis call, after it.
            task = asyncio.create_task(limiter.acquire("k"))
            tasks.append(task)
            for _ in range(number % 12):
                await asyncio.sleep(0)
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        kept = sum(1 for t in tasks if not t.cancelled())
    finally:
        await limiter.aclose()  # after the slots of cancelled waits were given back
    try:
        taken = await inspect.zcard(f"{prefix}:{{k}}:slots")
    finally:
        await inspect.aclose()
    assert taken == kept


@pytest.mark.slow
async def test_a_call_cancelled_in_flight_gives_its_redis_slot_back(
    server: FaultServer, redis_url: str
) -> None:
    # Without its release, the slot would stay taken until its lease (30 s) ran out.
    server.script("GET", "/products/1", Hang())
    limiter = RedisRateLimiter(redis_url, limit=1, window=0.3, lease=30.0, prefix=uuid.uuid4().hex)
    client = KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter)
    try:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(client.products.get(1), 0.5)
        await asyncio.wait_for(client.products.get(2), 10)
    finally:
        await client.aclose()
        await limiter.aclose()
    assert server.count("GET", "/products/2") == 1


@pytest.mark.parametrize("reset_in_ms", [False, True], ids=["reset in seconds", "reset in ms"])
@pytest.mark.slow
async def test_through_the_fake_katana_no_request_is_ever_refused(
    redis_url: str, reset_in_ms: bool
) -> None:
    # The fake counts as Katana does (fixed windows, whole-second resets): neither
    # limiter, learning from its headers, may go over, however slow this machine is.
    fake = FakeKatana(rate_limit=RateLimit(limit=5, window=0.5, reset_in_ms=reset_in_ms))
    with serve_fake_katana(fake) as katana:
        for limiter in (
            LocalRateLimiter(5, 0.5),
            RedisRateLimiter(redis_url, limit=5, window=0.5, prefix=uuid.uuid4().hex),
        ):
            try:
                async with KatanaClient(
                    api_key=type(limiter).__name__,
                    base_url=katana.base_url,
                    rate_limit=limiter,
                    retry=False,
                ) as client:
                    answers = await asyncio.wait_for(
                        asyncio.gather(
                            *(
                                get_all_products.asyncio_detailed(client=client, limit=1)
                                for _ in range(21)
                            )
                        ),
                        60,
                    )
            finally:
                if isinstance(limiter, RedisRateLimiter):
                    await limiter.aclose()
            assert [a.status_code for a in answers] == [200] * 21, repr(limiter)
