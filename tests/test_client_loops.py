"""One `KatanaClient` across event loops: successive `asyncio.run()` calls, and loops
in several threads at once, each with its own connections, all closed cleanly."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import httpx
import pytest

from katana_client import KatanaClient, KatanaClientClosedError
from katana_client.testing import FakeKatana, FakeKatanaServer, serve_fake_katana


@pytest.fixture(scope="module")
def server() -> Iterator[FakeKatanaServer]:
    # Real sockets on 127.0.0.1: pooled connections belong to the loop that opened them.
    # One server for the module (it takes 0.2 s to stop): the tests only read from it.
    with serve_fake_katana(FakeKatana(rate_limit=False)) as server:
        yield server


def _client(server: FakeKatanaServer) -> KatanaClient:
    return KatanaClient(base_url=server.base_url, api_key="k", retry=False, rate_limit=False)


def test_one_client_serves_successive_asyncio_runs(server: FakeKatanaServer) -> None:
    client = _client(server)

    async def job(product: int) -> tuple[str, httpx.AsyncClient]:
        name = (await client.products.get(product)).name
        return str(name), client.get_async_httpx_client()

    first, first_http = asyncio.run(job(1))
    second, second_http = asyncio.run(job(2))
    asyncio.run(client.aclose())

    assert (first, second) == ("Lightsaber 1", "Lightsaber 2")
    assert first_http is not second_http
    # Closed as its loop shut down, so no socket outlives the loop (and no warning).
    assert first_http.is_closed
    assert second_http.is_closed


def test_each_loop_keeps_its_own_pool_for_its_lifetime(server: FakeKatanaServer) -> None:
    client = _client(server)

    async def job() -> bool:
        await client.products.get(1)
        http = client.get_async_httpx_client()
        await client.products.get(2)
        return http is client.get_async_httpx_client()

    assert asyncio.run(job())
    asyncio.run(client.aclose())


def test_loops_in_two_threads_at_once_and_aclose_closes_both(server: FakeKatanaServer) -> None:
    client = _client(server)
    ready, release = threading.Event(), threading.Event()
    seen: list[httpx.AsyncClient] = []

    async def other_thread_job() -> None:
        await client.products.get(1)
        seen.append(client.get_async_httpx_client())
        ready.set()
        # This loop keeps running while the main thread's loop closes the client.
        await asyncio.to_thread(release.wait, 10)

    thread = threading.Thread(target=asyncio.run, args=(other_thread_job(),))
    thread.start()
    try:
        assert ready.wait(10)

        async def main_job() -> httpx.AsyncClient:
            await client.products.get(2)
            http = client.get_async_httpx_client()
            await client.aclose()
            return http

        main_http = asyncio.run(main_job())
    finally:
        release.set()
        thread.join()

    assert main_http is not seen[0]
    assert main_http.is_closed
    assert seen[0].is_closed  # closed on its own (still running) loop


def test_a_closed_client_refuses_calls_on_any_later_loop(server: FakeKatanaServer) -> None:
    client = _client(server)
    asyncio.run(client.products.get(1))
    asyncio.run(client.aclose())

    with pytest.raises(KatanaClientClosedError):
        asyncio.run(client.products.get(1))
