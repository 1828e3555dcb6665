"""Specification of many worker processes sharing one Katana OAuth grant.

Four separate OS processes (`servers/shared_worker.py`), each sending 20 concurrent
requests, share a grant through a `RedisTokenStore` (a real redis-server on 127.0.0.1)
or a `LockingFileTokenStore`, against `FakeKatanaLogin`, which enforces rotation: a
refresh token presented twice revokes the whole grant. Lifetimes and leases are scaled
down to seconds; assertions on time are generous bounds relative to the lease.
"""

from __future__ import annotations

import asyncio
import signal
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from servers.leakcheck import MARKER, find_leaks, leak_scan, make_secret
from servers.redis_server import redis_url
from servers.shared_workers import LEASE, MARGIN, TASKS, Shared, Workers, shared, workers

from katana_client.auth import OAuthApp, OAuthTokens, SharedTokenStore
from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)
__all__ = ["redis_url", "shared", "workers"]  # fixtures, imported for pytest

CLIENT_ID = "katana-test-app"
REDIRECT_URI = "https://app.example.com/katana/callback"
PROCESSES = 4
ACCESS_TTL = 2  # seconds the fake's access tokens live
# Upper bounds only catch a holder that is never overtaken (a hang), not slowness: a
# loaded 2-core machine running suites side by side took 5.2 s for a 2 s lease.
SLACK = 30.0


class SlowAnsweringLogin(FakeKatanaLogin):
    """The fake login, able to hold a token answer back after it rotated the grant."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.answer_delay = 0.0
        self.answered_late = threading.Event()

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        answer = super().token(form)
        if self.answer_delay and form.get("grant_type") == "refresh_token":
            self.answered_late.set()
            time.sleep(self.answer_delay)
        return answer


@pytest.fixture
def login() -> Iterator[SlowAnsweringLogin]:
    server = SlowAnsweringLogin(
        token_prefix=MARKER,
        client_id=CLIENT_ID,
        client_secret=make_secret("client-secret"),
        redirect_uri=REDIRECT_URI,
        access_ttl=ACCESS_TTL,
    )
    with server:
        yield server


def make_app(login: FakeKatanaLogin) -> OAuthApp:
    return OAuthApp(
        client_id=CLIENT_ID,
        client_secret=login.client_secret,
        redirect_uri=REDIRECT_URI,
        authorize_url=f"{login.url}/authorize",
        token_url=f"{login.url}/oauth/token",
        timeout=1.5,
    )


async def authorize(login: FakeKatanaLogin, store: SharedTokenStore) -> OAuthTokens:
    """The browser round trip, then the code exchange that saves the first tokens."""
    app = make_app(login)
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    return await app.exchange_code(
        callback.params["code"],
        state=callback.params.get("state"),
        expected_state=request.state,
        code_verifier=request.code_verifier,
        store=store,
    )


async def until_stale(store: SharedTokenStore) -> None:
    """Sleep until the stored access token is due for refresh in every worker."""
    tokens = await store.load()
    assert tokens is not None
    assert tokens.expires_at is not None
    await asyncio.sleep(max(0.0, tokens.expires_at - MARGIN - time.time() + 0.05))


def all_succeeded(results: list[dict[str, Any]]) -> bool:
    return results == [{"ok": TASKS, "failed": []}] * len(results)


@pytest.mark.slow
async def test_four_processes_crossing_expiry_together_refresh_once_per_expiry(
    login: FakeKatanaLogin, shared: Shared, workers: Workers
) -> None:
    first = await authorize(login, shared.store)
    processes = await workers.start(PROCESSES)
    previous = first.access_token.reveal()
    for expiry in (1, 2, 3):
        await until_stale(shared.store)
        sent_before = len(login.api_requests)
        results = await workers.round(processes)
        assert all_succeeded(results), results  # 4 x 20 requests, each answered 200
        assert login.refreshes == expiry  # exactly one refresh reached the server
        used = {token for _, _, token in login.api_requests[sent_before:]}
        assert len(used) == 1
        assert previous not in used
        previous = used.pop()
    assert len(login.api_requests) == 3 * PROCESSES * TASKS
    assert len(set(login.presented_refresh_tokens)) == len(login.presented_refresh_tokens) == 3
    assert not login.chain_revoked


@pytest.mark.slow
async def test_nothing_secret_is_kept_in_clear_text(
    login: FakeKatanaLogin, shared: Shared, workers: Workers
) -> None:
    await authorize(login, shared.store)
    processes = await workers.start(PROCESSES)
    await until_stale(shared.store)
    assert all_succeeded(await workers.round(processes))
    assert login.refreshes == 1
    at_rest = shared.contents()
    assert at_rest  # the scan saw the stored tokens (and, in Redis, their key names)
    secrets_issued = [*login.access_tokens, *login.refresh_tokens, login.client_secret]
    assert not [s for s in secrets_issued if any(s in text for text in at_rest)]
    assert not find_leaks(at_rest)


@pytest.mark.slow
async def test_a_lock_holder_killed_delays_the_others_by_at_most_the_lease(
    login: FakeKatanaLogin, shared: Shared, workers: Workers
) -> None:
    await authorize(login, shared.store)
    processes = await workers.start(PROCESSES)
    [holder] = await workers.start(1)
    await until_stale(shared.store)
    locking = time.monotonic()
    assert await workers.tell([holder], "lock") == ["locked"]
    holder.send_signal(signal.SIGKILL)
    await holder.wait()
    killed = time.monotonic()

    results = await workers.round(processes)
    done = time.monotonic()
    assert all_succeeded(results), results
    assert login.refreshes == 1
    assert not login.chain_revoked
    assert done - killed < LEASE + SLACK
    if shared.kind == "redis":
        # The dead holder's SET NX PX key is honoured until it expires, not broken early.
        assert done - locking >= LEASE
    else:
        # Its flock died with it: the others did not even wait for the lease.
        assert done - killed < LEASE


@pytest.mark.slow
async def test_a_live_holder_that_never_releases_is_overtaken_after_its_lease(
    login: FakeKatanaLogin, shared: Shared, workers: Workers
) -> None:
    await authorize(login, shared.store)
    processes = await workers.start(PROCESSES)
    [holder] = await workers.start(1)
    await until_stale(shared.store)
    locking = time.monotonic()
    assert await workers.tell([holder], "lock") == ["locked"]  # and it keeps it

    results = await workers.round(processes)
    done = time.monotonic()
    assert all_succeeded(results), results
    assert login.refreshes == 1
    assert not login.chain_revoked
    assert LEASE <= done - locking < LEASE + SLACK


@pytest.mark.slow
async def test_a_worker_killed_after_presenting_the_refresh_token_costs_the_grant_not_the_chain(
    login: SlowAnsweringLogin, shared: Shared, workers: Workers
) -> None:
    # The server rotates the token, but the new pair dies with the worker. The spent
    # token is out of the store: nobody presents it again, so Katana never sees a reuse
    # and the others ask for re-authorization instead of revoking the grant.
    await authorize(login, shared.store)
    processes = await workers.start(PROCESSES)
    [victim] = await workers.start(1)
    await until_stale(shared.store)
    login.answer_delay = 1.0
    assert victim.stdin is not None
    victim.stdin.write(b"go\n")
    await victim.stdin.drain()
    assert await asyncio.to_thread(login.answered_late.wait, 30)  # rotated, not answered
    victim.send_signal(signal.SIGKILL)
    await victim.wait()
    login.answer_delay = 0.0

    results = await workers.round(processes)
    for result in results:
        assert result["ok"] == 0
        assert set(result["failed"]) == {"KatanaReauthorizationRequiredError:no_refresh_token"}
    assert len(login.presented_refresh_tokens) == 1
    assert not login.chain_revoked
