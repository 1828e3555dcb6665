"""Closing, event loops and threads: no caller waits for ever, nothing is sent twice.

Each defect here was found by a review through the public API: a `SyncKatanaClient`
closed while a call waited for its token left the caller blocked for ever; a token
fetch shared across event loops failed with "attached to a different loop"; a
`RedisRateLimiter` made from a URL failed on every other `asyncio.run`; a
`from_async` client closed from its own loop deadlocked; Ctrl-C before a call started
did not stop it; a hand-built `ResilientTransport` was closed by the first loop's end.
"""

from __future__ import annotations

import _thread
import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from servers.redis_server import redis_url

from katana_client import KatanaClient, KatanaClientClosedError, SyncKatanaClient
from katana_client.auth import CachingTokenProvider, Secret
from katana_client.generated.models import CreateProductDto
from katana_client.resilience import RedisRateLimiter, ResilientTransport

__all__ = ["redis_url"]  # a fixture, imported for pytest

# Threads, event loops and waits of a second or more: CI runs them, the fast loop not.
pytestmark = pytest.mark.slow

BASE = "https://katana.test/v1"


class Counted:
    """A MockTransport handler that answers 200 and counts requests by method."""

    def __init__(self) -> None:
        self.methods: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        with self._lock:
            self.methods.append(request.method)
        return httpx.Response(200, json={"id": 1})


class SlowToken(CachingTokenProvider):
    """A token source that takes `delay` seconds to answer."""

    def __init__(self, delay: float, ttl: float | None = None) -> None:
        super().__init__(ttl=ttl)
        self.delay = delay
        self.fetches = 0

    @property
    def source(self) -> str:
        return "a slow test source"

    async def fetch(self) -> Secret:
        self.fetches += 1
        await asyncio.sleep(self.delay)
        return Secret("slow-token-1")


def _in_thread(target: Any, timeout: float = 15) -> list[BaseException | object]:
    """Run `target()` in a thread; its result or exception, failing if it hangs."""
    out: list[BaseException | object] = []

    def run() -> None:
        try:
            out.append(target())
        except BaseException as exc:
            out.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout)
    assert not thread.is_alive(), "the call is still waiting"
    return out


def test_closing_a_sync_client_ends_a_call_waiting_for_its_token() -> None:
    handler = Counted()
    provider = SlowToken(delay=1.0)
    client = SyncKatanaClient(
        token_provider=provider, base_url=BASE, transport=httpx.MockTransport(handler)
    )
    outcome: list[BaseException | object] = []

    def call() -> None:
        try:
            outcome.append(client.products.get(1))
        except BaseException as exc:
            outcome.append(exc)

    waiting = threading.Thread(target=call, daemon=True)
    waiting.start()
    time.sleep(0.2)  # the call waits for its token
    client.close()
    waiting.join(10)
    assert not waiting.is_alive(), "the caller still waits after close()"
    assert isinstance(outcome[0], KatanaClientClosedError)
    assert handler.methods == []
    # The provider is not left broken for the next client.
    provider.delay = 0.01
    with SyncKatanaClient(
        token_provider=provider, base_url=BASE, transport=httpx.MockTransport(handler)
    ) as again:
        assert again.products.get(1).id == 1


def test_one_token_provider_serves_event_loops_in_several_threads() -> None:
    handler = Counted()
    provider = SlowToken(delay=0.2, ttl=0.3)
    client = KatanaClient(
        token_provider=provider, base_url=BASE, transport=httpx.MockTransport(handler)
    )

    async def calls() -> int:
        done = 0
        for _ in range(3):
            await client.products.get(1)
            done += 1
            await asyncio.sleep(0.35)  # the token goes stale: the next call fetches
        return done

    results = [_in_thread(lambda: asyncio.run(calls()), timeout=30)]  # one loop, then five
    threads = [
        threading.Thread(target=lambda: results.append(_in_thread(lambda: asyncio.run(calls()))))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    outcomes = [item for result in results for item in result]
    assert outcomes == [3] * 5, outcomes
    assert handler.methods == ["GET"] * 15


def test_a_redis_limiter_from_a_url_serves_one_loop_after_another(redis_url: str) -> None:
    limiter = RedisRateLimiter(redis_url, limit=100, window=1.0)
    handler = Counted()
    for _job in range(3):
        with SyncKatanaClient(
            api_key="k-lifecycle",
            base_url=BASE,
            transport=httpx.MockTransport(handler),
            rate_limit=limiter,
        ) as client:
            assert client.products.get(1).id == 1

    async def one() -> None:
        async with KatanaClient(
            api_key="k-lifecycle",
            base_url=BASE,
            transport=httpx.MockTransport(handler),
            rate_limit=limiter,
        ) as client:
            await client.products.get(1)
            await limiter.aclose()

    asyncio.run(one())
    asyncio.run(one())
    assert handler.methods == ["GET"] * 5


def test_a_from_async_client_closed_inside_its_own_loop_does_not_deadlock() -> None:
    handler = Counted()

    async def main() -> None:
        client = KatanaClient(api_key="k-1", base_url=BASE, transport=httpx.MockTransport(handler))
        await client.products.get(1)  # connections on this loop
        sync = SyncKatanaClient.from_async(client)
        sync.products.get(1)  # and on the sync client's loop
        sync.close()
        assert client.is_closed

    assert _in_thread(lambda: asyncio.run(main())) == [None]
    assert handler.methods == ["GET", "GET"]


def test_ctrl_c_before_a_call_started_means_it_is_never_sent() -> None:
    handler = Counted()
    with SyncKatanaClient(
        api_key="k-1", base_url=BASE, transport=httpx.MockTransport(handler)
    ) as client:
        client.products.get(1)  # the loop runs
        loop = client._portal._loop
        assert loop is not None
        loop.call_soon_threadsafe(time.sleep, 1.5)  # busy: the next call cannot start yet
        # Ctrl-C as Python delivers it to a thread that waits without a signal handler's
        # wake-up (the flag is seen at the next bytecode): the wait must look up in time.
        threading.Timer(0.1, _thread.interrupt_main).start()
        with pytest.raises(KeyboardInterrupt):
            client.products.create(CreateProductDto(name="not sent", variants=[]))
        time.sleep(1.0)  # the loop is free again: a call that went ahead would be sent now
    assert handler.methods == ["GET"]


def test_a_hand_built_resilient_transport_serves_one_loop_after_another() -> None:
    handler = Counted()
    client = KatanaClient(
        api_key="k-1",
        base_url=BASE,
        transport=ResilientTransport(httpx.MockTransport(handler)),
    )

    async def one() -> int | None:
        return (await client.products.get(1)).id

    assert asyncio.run(one()) == 1
    assert asyncio.run(one()) == 1
    assert not client.is_closed
