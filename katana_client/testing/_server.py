"""Serve a `FakeKatana` with uvicorn on 127.0.0.1, in a background thread.

For code that takes a URL rather than an httpx transport (a subprocess, a second
service, the demo). The socket is bound before the server starts, so the port is known
and free; the server runs its own event loop in a daemon thread, so it works the same
from synchronous tests and from inside a running event loop.
"""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final, Self

import uvicorn

from ._app import FakeKatana

__all__ = ["FakeKatanaServer", "serve_fake_katana"]

_START_TIMEOUT: Final = 10.0


class FakeKatanaServer:
    """A running (once started) uvicorn server for one fake.

    Args:
        fake: The app to serve; a new `FakeKatana()` if omitted.
        host: Loopback address to bind. Only loopback is allowed: the fake accepts any
            key and must never be reachable from another machine.
        port: 0 (default) picks a free port.
        log_level: uvicorn's log level; "critical" keeps injected resets quiet.
    """

    def __init__(
        self,
        fake: FakeKatana | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_level: str = "critical",
    ) -> None:
        """Prepare the server; `start()` (or `with`) runs it."""
        if host not in {"127.0.0.1", "::1", "localhost"}:
            raise ValueError(f"The fake Katana only listens on loopback, not {host!r}")
        self.fake = fake if fake is not None else FakeKatana()
        self._host = host
        self._port = port
        self._log_level = log_level
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._socket: socket.socket | None = None

    @property
    def port(self) -> int:
        """The port the server listens on (known once started)."""
        if self._socket is None:
            raise RuntimeError("The fake Katana server is not running")
        return int(self._socket.getsockname()[1])

    @property
    def url(self) -> str:
        """The server's root, e.g. `http://127.0.0.1:54321`."""
        host = f"[{self._host}]" if ":" in self._host else self._host
        return f"http://{host}:{self.port}"

    @property
    def base_url(self) -> str:
        """The Katana API root on this server, to use as `KatanaClient(base_url=...)`."""
        return f"{self.url}/v1"

    def start(self) -> Self:
        """Bind, start serving in a daemon thread and wait until it accepts requests."""
        if self._thread is not None:
            raise RuntimeError("The fake Katana server is already running")
        family = socket.AF_INET6 if ":" in self._host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, self._port))
        self._socket = sock
        config = uvicorn.Config(
            self.fake,
            log_level=self._log_level,
            lifespan="on",
            access_log=False,
            # The fake's state is shared with the test that drives it: one worker only.
            workers=1,
        )
        self._server = server = uvicorn.Server(config)
        self._thread = threading.Thread(
            target=lambda: asyncio.run(server.serve(sockets=[sock])),
            name=f"fake-katana-{self.port}",
            daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + _START_TIMEOUT
        while not server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("The fake Katana server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        """Ask the server to exit, wait for its thread, release the port. Idempotent."""
        server, thread, sock = self._server, self._thread, self._socket
        self._server = self._thread = None
        if server is not None:
            server.should_exit = True
        if thread is not None:
            thread.join(_START_TIMEOUT)
        if sock is not None:
            sock.close()
            self._socket = None

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> Self:
        return await asyncio.to_thread(self.start)

    async def __aexit__(self, *exc: object) -> None:
        await asyncio.to_thread(self.stop)


@contextmanager
def serve_fake_katana(
    fake: FakeKatana | None = None, **kwargs: object
) -> Iterator[FakeKatanaServer]:
    """Serve `fake` (default: a new `FakeKatana()`) on 127.0.0.1 for a `with` block.

    Example::

        with serve_fake_katana() as server:
            async with KatanaClient(base_url=server.base_url, api_key="test") as client:
                ...
    """
    with FakeKatanaServer(fake, **kwargs) as server:  # type: ignore[arg-type]
        yield server
