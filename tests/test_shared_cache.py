"""Specification of `SharedCacheTokenProvider` across processes: one secret-store read for all.

Four worker processes wrap the same slow source (a real command that counts its runs,
as `op read` or a Secrets Manager call would be) in a `SharedCacheTokenProvider` over a
shared store, and send 20 concurrent requests each to the fake Katana, which accepts
only the current key.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers.leakcheck import MARKER, leak_scan, make_secret
from servers.redis_server import redis_url
from servers.shared_workers import TASKS, Shared, Workers, shared, workers

from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)
__all__ = ["redis_url", "shared", "workers"]  # fixtures, imported for pytest

TTL = 2.0
# The slow source: takes a moment, notes each read, prints the key in the key file.
SOURCE = (
    "import sys, time\n"
    "time.sleep(0.2)\n"
    "open(sys.argv[2], 'a').write('read\\n')\n"
    "print(open(sys.argv[1]).read().strip())\n"
)


@pytest.fixture
def login() -> Iterator[FakeKatanaLogin]:
    with FakeKatanaLogin(
        token_prefix=MARKER,
        client_id="katana-test-app",
        client_secret=make_secret("client-secret"),
        redirect_uri="https://app.example.com/katana/callback",
    ) as server:
        yield server


def all_succeeded(results: list[dict[str, Any]]) -> bool:
    return results == [{"ok": TASKS, "failed": []}] * len(results)


@pytest.mark.slow
async def test_four_processes_read_the_source_once_per_ttl_and_once_per_rotation(
    login: FakeKatanaLogin, shared: Shared, workers: Workers, tmp_path: Path
) -> None:
    key_file, reads = tmp_path / "key", tmp_path / "reads"
    first = make_secret("api-key")
    key_file.write_text(first)
    login.api_keys = {first}
    command = json.dumps([sys.executable, "-c", SOURCE, str(key_file), str(reads)])
    processes = await workers.start(4, "--mode", "key", "--key-command", command, "--ttl", str(TTL))

    def source_reads() -> int:
        return len(reads.read_text().splitlines()) if reads.exists() else 0

    # First use: one process reads the source, the other three take the key from the store.
    assert all_succeeded(await workers.round(processes))
    assert source_reads() == 1

    # Rotation: Katana rejects the old key in every process; one reads the new one.
    rotated = make_secret("api-key")
    key_file.write_text(rotated)
    login.api_keys = {rotated}
    sent_before = len(login.api_requests)
    assert all_succeeded(await workers.round(processes))
    assert source_reads() == 2
    accepted = {token for _, _, token in login.api_requests[sent_before:] if token == rotated}
    assert accepted == {rotated}

    # TTL expiry: once more, one read for all four.
    stored = await shared.store.load()
    assert stored is not None
    assert stored.expires_at is not None
    await asyncio.sleep(max(0.0, stored.expires_at - time.time() + 0.05))
    assert all_succeeded(await workers.round(processes))
    assert source_reads() == 3
