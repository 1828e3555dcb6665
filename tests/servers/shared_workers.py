"""Worker processes and shared stores for the multi-process tests (test_shared_*.py).

`shared` is parametrized: each test runs once against a `RedisTokenStore` on a real
redis-server (127.0.0.1) and once against a `LockingFileTokenStore`. `workers` starts
`shared_worker.py` processes against the same store and a test module's `login` fake,
kills them at the end of the test, and scans everything they logged at DEBUG.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
import sys
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from katana_client.auth import (
    LockingFileTokenStore,
    RedisTokenStore,
    SharedTokenStore,
    TokenCipher,
)
from katana_client.testing import FakeKatanaLogin

from .leakcheck import find_leaks
from .redis_server import all_keys_and_values

WORKER = Path(__file__).with_name("shared_worker.py")
TASKS = 20  # concurrent requests per process and round
MARGIN = 0.5  # workers refresh this long before expiry
LEASE = 2.0


@dataclasses.dataclass
class Shared:
    """One shared store as the test process sees it, and how workers open the same one."""

    kind: str
    where: str
    key: str
    tenant: str
    store: SharedTokenStore
    folder: Path

    def contents(self) -> list[str]:
        """Everything the store keeps at rest, as text."""
        if self.kind == "redis":
            return all_keys_and_values(self.where)
        return [p.read_bytes().decode(errors="replace") for p in self.folder.iterdir()]


@pytest.fixture(params=["redis", "file"])
async def shared(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Shared]:
    key = TokenCipher.generate_key()
    tenant = f"acme-{uuid.uuid4().hex[:8]}"
    folder = tmp_path / "tokens"
    folder.mkdir()
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        store = RedisTokenStore(url, tenant=tenant, key=key, lease=LEASE)
        yield Shared("redis", url, key, tenant, store, folder)
        await store.aclose()
    else:
        path = str(folder / "katana.tokens")
        yield Shared(
            "file", path, key, tenant, LockingFileTokenStore(path, key=key, lease=LEASE), folder
        )


class Workers:
    """Worker processes started by one test, killed at its end whatever happens."""

    def __init__(self, login: FakeKatanaLogin, shared: Shared, logs: Path) -> None:
        self.login = login
        self.shared = shared
        self.logs = logs
        self.processes: list[asyncio.subprocess.Process] = []

    async def start(self, count: int, *options: str) -> list[asyncio.subprocess.Process]:
        env = {
            **os.environ,
            "WORKER_CLIENT_SECRET": self.login.client_secret,
            "WORKER_STORE_KEY": self.shared.key,
        }
        argv = [
            *("--store", self.shared.kind, "--where", self.shared.where),
            *("--tenant", self.shared.tenant, "--lease", str(LEASE)),
            *("--api-url", f"{self.login.url}/v1", "--login-url", self.login.url),
            *("--tasks", str(TASKS), "--refresh-margin", str(MARGIN)),
            *options,
        ]
        started = [
            await asyncio.create_subprocess_exec(
                sys.executable,
                str(WORKER),
                *argv,
                "--log",
                str(self.logs / f"worker-{len(self.processes) + n}.log"),
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                env=env,
            )
            for n in range(count)
        ]
        self.processes += started
        assert await self.tell(started, None) == ["ready"] * count
        return started

    async def tell(
        self, processes: list[asyncio.subprocess.Process], command: str | None
    ) -> list[str]:
        """Send `command` to every process at once; collect one answer line from each."""
        for process in processes:
            assert process.stdin is not None
            if command is not None:
                process.stdin.write(command.encode() + b"\n")
                await process.stdin.drain()

        async def answer(process: asyncio.subprocess.Process) -> str:
            assert process.stdout is not None
            line = await asyncio.wait_for(process.stdout.readline(), 60)
            return line.decode().strip()

        return list(await asyncio.gather(*(answer(p) for p in processes)))

    async def round(self, processes: list[asyncio.subprocess.Process]) -> list[dict[str, Any]]:
        """Every process sends TASKS concurrent requests; their outcomes."""
        return [json.loads(line) for line in await self.tell(processes, "go")]

    async def close(self) -> None:
        for process in self.processes:
            if process.returncode is None:
                process.kill()
            await process.wait()

    def log_lines(self) -> list[str]:
        """What every worker logged, at DEBUG."""
        return [line for log in self.logs.iterdir() for line in log.read_text().splitlines()]


@pytest.fixture
async def workers(login: FakeKatanaLogin, shared: Shared, tmp_path: Path) -> AsyncIterator[Workers]:
    logs = tmp_path / "logs"
    logs.mkdir()
    started = Workers(login, shared, logs)
    try:
        yield started
    finally:
        await started.close()
    lines = started.log_lines()
    assert any("katana_client.auth" in line for line in lines)  # the scan saw their logs
    leaks = find_leaks(lines)
    assert not leaks, "secret in a worker's log:\n" + "\n".join(leaks)
