"""A real redis-server on a free 127.0.0.1 port, for as long as a test needs it.

Never the system service: each use starts its own server without persistence, so tests
neither see nor leave data anywhere else. `.ci/run` installs Debian's redis-server.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
import redis

from .processes import free_port, running


def _pings(port: int) -> bool:
    client = redis.Redis(host="127.0.0.1", port=port, socket_connect_timeout=0.5)
    try:
        return bool(client.ping())
    except redis.ConnectionError:
        return False
    finally:
        client.close()


@contextmanager
def redis_server() -> Iterator[str]:
    """Start redis-server on loopback; yield its URL (`redis://127.0.0.1:PORT/0`)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.fail("redis-server not found: .ci/run installs it (apt-get install redis-server)")
    port = free_port()
    argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    with running(argv, ready=lambda: _pings(port), timeout=30):
        yield f"redis://127.0.0.1:{port}/0"


@pytest.fixture(scope="module")
def redis_url() -> Iterator[str]:
    """A redis-server of this test module's own, on 127.0.0.1."""
    with redis_server() as url:
        yield url


def all_keys_and_values(url: str) -> list[str]:
    """Every key name and value in the server, as text, for scans (strings, hashes, ...)."""
    client: Any = redis.Redis.from_url(url, decode_responses=False)
    texts: list[str] = []
    try:
        for key in client.scan_iter(count=1000):
            kind = client.type(key)
            values: list[Any]
            if kind == b"string":
                values = [client.get(key)]
            elif kind == b"hash":
                values = [v for pair in client.hgetall(key).items() for v in pair]
            elif kind == b"list":
                values = client.lrange(key, 0, -1)
            elif kind == b"set":
                values = list(client.smembers(key))
            elif kind == b"zset":
                values = client.zrange(key, 0, -1)
            else:
                values = list(client.xrange(key)) if kind == b"stream" else []
            texts.append(key.decode(errors="replace"))
            texts.extend(_text(v) for v in values if v is not None)
    finally:
        client.close()
    return texts


def _text(value: Any) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else repr(value)
