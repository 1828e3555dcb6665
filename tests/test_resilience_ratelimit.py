"""Client-side rate limiting: never more than the limit in any window, close to the limit.

The limiter's own rules run on a fake clock, where "close to the limit" is exact: with
instant answers, M requests through a limit of N per window W span exactly
floor((M - 1) / N) * W, the shortest span the limit allows. The end-to-end checks count
arrivals at a real server on 127.0.0.1: first many tasks in one process, then three OS
processes that share one budget through a real redis-server; they assert what holds on
any machine, however loaded (never more than the limit in any window, every request
answered). The rate achieved in real time is measured by `bench/bench_ratelimit_share.py`.
Windows are scaled down (20 requests per 2 s instead of 60 per 60 s).
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import httpx
import pytest
import redis
import redis.asyncio as aioredis
from faultserver import FakeClock, FaultServer, Reply, free_port

from katana_client import KatanaClient, LocalRateLimiter, RedisRateLimiter
from katana_client.resilience import RateLimitFeedback, shared_rate_limiter
from katana_client.resilience._ratelimit import feedback_from_response, limiter_key

LIMIT = 20
WINDOW = 2.0


def most_in_any_window(arrivals: list[float], window: float) -> int:
    times = sorted(arrivals)
    best, start = 0, 0
    for end, at in enumerate(times):
        while times[start] <= at - window:
            start += 1
        best = max(best, end - start + 1)
    return best


# --- the limiter's rules, on a fake clock ---------------------------------------------------


async def test_the_first_limit_requests_go_at_once() -> None:
    limiter = LocalRateLimiter(3, 10.0, clock=FakeClock())
    permits = [await limiter.acquire("k") for _ in range(3)]
    assert [p.waited for p in permits] == [0, 0, 0]


async def test_a_slot_frees_one_window_after_its_response_not_its_send() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(1, 10.0, clock=clock)
    permit = await limiter.acquire("k")
    clock.now += 4.0  # the response takes 4 s to arrive
    await permit.release(None)
    second = await limiter.acquire("k")
    assert second.waited == pytest.approx(10.0)  # 10 s after the response, 14 after send
    assert clock.now == pytest.approx(1014.0)


async def test_keys_have_separate_budgets() -> None:
    limiter = LocalRateLimiter(1, 10.0, clock=FakeClock())
    await limiter.acquire("key-a")
    other = await limiter.acquire("key-b")
    assert other.waited == 0


async def test_a_429_retry_after_pauses_the_whole_key() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, max_pause=60.0, clock=clock)
    permit = await limiter.acquire("k")
    await permit.release(RateLimitFeedback(None, None, None, retry_after=30.0))
    assert (await limiter.acquire("k")).waited == pytest.approx(30.0)


async def test_remaining_zero_holds_free_slots_until_the_reset() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, clock=clock)
    permit = await limiter.acquire("k")
    await permit.release(RateLimitFeedback(60, 0, 7.0, None))
    assert (await limiter.acquire("k")).waited == pytest.approx(7.0)


async def test_a_lower_server_limit_lowers_the_client_limit() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(5, 10.0, clock=clock)
    permit = await limiter.acquire("k")
    await permit.release(RateLimitFeedback(2, None, None, None))
    assert (await limiter.acquire("k")).waited == 0
    assert (await limiter.acquire("k")).waited == pytest.approx(10.0)


@pytest.mark.parametrize(
    ("reset", "expected"),
    [("1700000030", 30.0), ("1700000030000", 30.0), ("12", 12.0), ("later", None)],
    ids=["epoch seconds", "epoch milliseconds", "seconds from now", "unreadable"],
)
def test_reset_header_is_read_in_milliseconds_or_seconds(
    reset: str, expected: float | None
) -> None:
    headers = httpx.Headers({"x-ratelimit-reset": reset, "X-RATELIMIT-REMAINING": "3"})
    feedback = feedback_from_response(200, headers, now=1_700_000_000.0, window=60.0)
    assert feedback.reset_after == expected
    assert feedback.remaining == 3


def test_clients_with_the_same_key_share_a_bucket_and_the_key_is_not_in_it() -> None:
    def request(key: str) -> httpx.Request:
        return httpx.Request(
            "GET", "https://api.katanamrp.com/v1/products", headers={"Authorization": key}
        )

    assert limiter_key(request("Bearer a")) == limiter_key(request("Bearer a"))
    assert limiter_key(request("Bearer a")) != limiter_key(request("Bearer b"))
    assert "a" * 3 not in limiter_key(request("Bearer aaa"))


def test_every_client_uses_one_process_wide_limiter_by_default() -> None:
    first = KatanaClient(api_key="k").get_async_httpx_client()._transport
    second = KatanaClient(api_key="k").get_async_httpx_client()._transport
    assert getattr(first, "rate_limiter", None) is shared_rate_limiter()
    assert getattr(second, "rate_limiter", None) is shared_rate_limiter()


# --- one process, many tasks, a real server -------------------------------------------------


async def test_many_waiting_tasks_use_the_whole_budget_and_no_more() -> None:
    clock = FakeClock()
    limiter = LocalRateLimiter(LIMIT, WINDOW, clock=clock)
    sent: list[float] = []

    async def request() -> None:
        permit = await limiter.acquire("k")
        sent.append(clock.now)
        await permit.release(None)  # an instant answer

    await asyncio.wait_for(asyncio.gather(*(request() for _ in range(LIMIT * 3 + 1))), 10)
    assert most_in_any_window(sent, WINDOW) <= LIMIT
    assert max(sent) - min(sent) == 3 * WINDOW  # no slot ever idle: 100% of the limit


@pytest.mark.slow
async def test_many_tasks_in_one_process_stay_under_the_limit() -> None:
    requests = LIMIT * 3 + 1
    async with FaultServer() as server:
        limiter = LocalRateLimiter(LIMIT, WINDOW)
        async with KatanaClient(
            api_key="k", base_url=server.url, rate_limit=limiter, retry=False
        ) as client:
            http = client.get_async_httpx_client()
            results = await asyncio.gather(*(http.get("/products") for _ in range(requests)))
    assert all(r.status_code == 200 for r in results)
    arrivals = [r.at for r in server.received]
    assert len(arrivals) == requests
    assert most_in_any_window(arrivals, WINDOW) <= LIMIT


@pytest.mark.slow
async def test_a_429_from_the_server_is_retried_as_a_backstop() -> None:
    async with FaultServer() as server:
        server.script("GET", "/products", Reply(429, {}, {"Retry-After": "0"}))
        async with KatanaClient(
            api_key="k", base_url=server.url, rate_limit=LocalRateLimiter(5, 1.0), retry=3
        ) as client:
            response = await client.get_async_httpx_client().get("/products")
    assert response.status_code == 200
    assert server.count("GET", "/products") == 2


# --- three processes, one redis-server ------------------------------------------------------


@pytest.fixture
def redis_url() -> Iterator[str]:
    binary = shutil.which("redis-server")
    assert binary, "redis-server is not installed (.ci/run installs Debian's redis-server)"
    port = free_port()
    process = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_redis(port)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def _wait_for_redis(port: int) -> None:
    client = redis.Redis(host="127.0.0.1", port=port)
    try:
        for _ in range(500):
            try:
                if client.ping():
                    return
            except redis.ConnectionError:
                subprocess.run(["sleep", "0.02"], check=True)
        raise AssertionError("redis-server did not start")
    finally:
        client.close()


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


@pytest.mark.slow
async def test_three_processes_share_one_budget_through_redis(
    server: FaultServer, redis_url: str
) -> None:
    per_process = LIMIT  # 3 N + 1 in all: the last one alone starts the fourth window
    worker = Path(__file__).with_name("faultserver.py")
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            str(worker),
            "--url",
            server.url,
            "--redis",
            redis_url,
            "--limit",
            str(LIMIT),
            "--window",
            str(WINDOW),
            "--requests",
            str(per_process + (index == 0)),
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
        )
        for index in range(3)
    ]
    for process in processes:
        assert process.stdout is not None
        assert await process.stdout.readline() == b"ready\n"
    for process in processes:
        assert process.stdin is not None
        process.stdin.write(b"go\n")
        await process.stdin.drain()
    codes = [await p.wait() for p in processes]
    assert codes == [0, 0, 0]
    arrivals = [r.at for r in server.received]
    assert len(arrivals) == 3 * per_process + 1
    assert most_in_any_window(arrivals, WINDOW) <= LIMIT


async def test_redis_key_names_hold_a_hash_not_the_api_key(
    server: FaultServer, redis_url: str
) -> None:
    connection = aioredis.Redis.from_url(redis_url)
    try:
        limiter = RedisRateLimiter(connection, limit=5, window=1.0)
        secret = "sk-live-do-not-log"
        async with KatanaClient(api_key=secret, base_url=server.url, rate_limit=limiter) as c:
            await c.get_async_httpx_client().get("/products")
        names = [n.decode() if isinstance(n, bytes) else n for n in await connection.keys("*")]
    finally:
        await connection.aclose()
    assert names
    assert all(name.startswith("katana-client:ratelimit:{") for name in names)
    assert not any(secret in name for name in names)


@pytest.mark.slow
async def test_redis_limiter_holds_the_limit_for_concurrent_tasks_too(
    server: FaultServer, redis_url: str
) -> None:
    limiter = RedisRateLimiter(redis_url, limit=3, window=0.5)
    try:
        async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as client:
            http = client.get_async_httpx_client()
            await asyncio.gather(*(http.get("/products") for _ in range(7)))
    finally:
        await limiter.aclose()
    assert most_in_any_window([r.at for r in server.received], 0.5) <= 3
