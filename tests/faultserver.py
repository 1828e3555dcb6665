"""A real HTTP/1.1 server on 127.0.0.1 that misbehaves on cue, for the resilience tests.

Written on raw asyncio streams rather than a web framework so that each fault is exact
at the byte level: a reset is a TCP RST, a truncated body is a short write followed by
a close, a stall is a socket that stays open and silent. Every request that arrives is
recorded (method, path, query, body, arrival time), so tests can count what Katana would
have received: a create that arrives twice is a duplicate sales order.

Faults are scripted per "METHOD /path": each arriving request takes the next fault of
its queue; when the queue is empty the server's `handler` answers.

Run as a script, it is the worker process of the multi-process Redis rate-limit test.
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import json
import socket
import struct
import sys
import time
import zlib
from collections import deque
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

from attrs import define, field


@define
class Received:
    """One request as the server saw it."""

    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    at: float  # time.monotonic() on arrival
    target: str = ""  # the request target as sent (absolute form through a proxy)

    def json(self) -> Any:
        return json.loads(self.body)


class Fault:
    """What the server does with one request. Returns whether to keep the connection."""

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        raise NotImplementedError


@define
class Reply(Fault):
    """A complete, well-formed response."""

    status: int = 200
    body: Any = field(factory=dict)  # bytes are sent as they are, anything else as JSON
    headers: dict[str, str] = field(factory=dict)

    def encoded(self) -> bytes:
        return self.body if isinstance(self.body, bytes) else json.dumps(self.body).encode()

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        body = self.encoded()
        writer.write(_head(self.status, len(body), self.headers) + body)
        await writer.drain()
        return True


@define
class Reset(Fault):
    """Abort the connection with a TCP RST instead of answering."""

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        sock = writer.get_extra_info("socket")
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return False


@define
class Hang(Fault):
    """Say nothing until the client gives up and closes (a read timeout)."""

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        await _until_closed(reader)
        return False


@define
class StallBody(Fault):
    """Send the headers and part of the body, then fall silent (a slow, stuck body)."""

    body: bytes = b'{"data": [{"id": 1}]}'
    sent: int = 5

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        writer.write(_head(200, len(self.body), {}) + self.body[: self.sent])
        await writer.drain()
        await _until_closed(reader)
        return False


@define
class Trickle(Fault):
    """Send the body in small pieces with pauses: slow, but each pause within timeouts."""

    body: bytes = b'{"data": [{"id": 1}, {"id": 2}, {"id": 3}]}'
    pieces: int = 5
    pause: float = 0.01

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        writer.write(_head(200, len(self.body), {}))
        step = max(1, len(self.body) // self.pieces)
        for start in range(0, len(self.body), step):
            writer.write(self.body[start : start + step])
            await writer.drain()
            await asyncio.sleep(self.pause)
        return True


@define
class Truncate(Fault):
    """Promise a Content-Length, send fewer bytes, close."""

    body: bytes = b'{"data": [{"id": 1}, {"id": 2}]}'
    sent: int = 10

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        writer.write(_head(200, len(self.body), {}) + self.body[: self.sent])
        await writer.drain()
        writer.close()
        return False


@define
class HugeBody(Fault):
    """Stream `size` bytes (repeats of `block`) until sent or the client hangs up.

    Chunked by default; with `chunked=False` the head announces `declared` bytes as
    Content-Length (default `size`). `sent` counts the body bytes written, so a test
    can see that the client stopped reading early.
    """

    size: int
    chunked: bool = True
    declared: int | None = None
    status: int = 200
    headers: dict[str, str] = field(factory=dict)
    block: bytes = b"x" * 65536
    sent: int = 0

    async def apply(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        length = None if self.chunked else (self.size if self.declared is None else self.declared)
        writer.write(_head(self.status, length, self.headers))
        while self.sent < self.size:
            piece = self.block[: self.size - self.sent]
            writer.write(b"%x\r\n%b\r\n" % (len(piece), piece) if self.chunked else piece)
            await writer.drain()  # raises once the client has closed the connection
            self.sent += len(piece)
        if self.chunked:
            writer.write(b"0\r\n\r\n")
        await writer.drain()
        return self.declared is None


def gzip_bomb(decoded: int, *, layers: int = 1) -> bytes:
    """A gzip body of `decoded` zero bytes (about 1000:1), gzipped `layers` times."""
    return _gzip_bomb(decoded, layers)


@functools.cache
def _gzip_bomb(decoded: int, layers: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    if layers > 1:
        return packer.compress(_gzip_bomb(decoded, layers - 1)) + packer.flush()
    step = bytes(1 << 20)
    parts = [packer.compress(step[: decoded - at]) for at in range(0, decoded, len(step))]
    return b"".join([*parts, packer.flush()])


def malformed_json() -> Reply:
    """A complete 200 whose JSON is cut (as a proxy that dropped the end would send)."""
    return Reply(200, b'{"data": [{"id": 1}, {"id"')


Handler = Callable[[Received], Fault]


def _ok(request: Received) -> Fault:
    # A GET of one record (`/products/1`) gets that record; any other GET, a list.
    last = request.path.rstrip("/").rsplit("/", 1)[-1]
    if request.method == "GET" and not last.isdigit():
        return Reply(200, {"data": [{"id": 1}]})
    return Reply(200, {"id": int(last) if last.isdigit() else 1})


class FaultServer:
    """The server. Use `async with FaultServer() as server:`; `server.url` is its root."""

    def __init__(self, handler: Handler = _ok, *, port: int = 0) -> None:
        self.handler = handler
        self.received: list[Received] = []
        self._faults: dict[str, deque[Fault]] = {}
        self._port = port
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._tasks: set[asyncio.Task[None]] = set()

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def script(self, method: str, path: str, *faults: Fault) -> None:
        """Queue `faults` for the next requests to `method path`."""
        self._faults.setdefault(f"{method} {path}", deque()).extend(faults)

    def count(self, method: str, path: str) -> int:
        """How many `method path` requests arrived."""
        return sum(1 for r in self.received if r.method == method and r.path == path)

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self._port)

    async def stop(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        # Finish idle keep-alive handlers here, not at event-loop teardown (where Python
        # 3.11's stream callback reports their cancellation as an error).
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            await self._handle(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.CancelledError):
            return  # the client went away, or the server is stopping
        finally:
            if task is not None:
                self._tasks.discard(task)
            self._writers.discard(writer)
            writer.transport.abort()

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await _read_request(reader)
            if request is None:
                return
            self.received.append(request)
            queue = self._faults.get(f"{request.method} {request.path}")
            fault = queue.popleft() if queue else self.handler(request)
            if not await fault.apply(writer, reader):
                return


class ForwardProxy(FaultServer):
    """A plain-http forward proxy on 127.0.0.1 that records each request and relays it.

    Requests arrive in absolute form (`GET http://127.0.0.1:8000/v1/products`); each is
    sent on to its origin over a fresh connection and the origin's answer (which must
    carry a Content-Length, as FaultServer's do) is relayed back. A CONNECT (an https
    target) is recorded and refused with 403: the tests have no TLS server.
    """

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            request = await _read_request(reader)
            if request is None:
                return
            self.received.append(request)
            if request.method == "CONNECT":
                writer.write(_head(403, 0, {}))
                await writer.drain()
                return
            writer.write(await _relay(request))
            await writer.drain()


async def _relay(request: Received) -> bytes:
    target = urlsplit(request.target)
    origin_reader, origin_writer = await asyncio.open_connection(target.hostname, target.port)
    try:
        path = target.path + (f"?{target.query}" if target.query else "")
        lines = [f"{request.method} {path} HTTP/1.1"]
        lines += [f"{name}: {value}" for name, value in request.headers.items()]
        origin_writer.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + request.body)
        await origin_writer.drain()
        head = await origin_reader.readuntil(b"\r\n\r\n")
        length = 0
        for line in head.decode("latin-1").split("\r\n")[1:]:
            name, _, value = line.partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        return head + await origin_reader.readexactly(length)
    finally:
        origin_writer.transport.abort()


async def _read_request(reader: asyncio.StreamReader) -> Received | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError:
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _ = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    body = await reader.readexactly(length) if length else b""
    url = urlsplit(target)
    return Received(
        method=method,
        path=url.path,
        query=parse_qs(url.query),
        headers=headers,
        body=body,
        at=time.monotonic(),
        target=target,
    )


async def _until_closed(reader: asyncio.StreamReader) -> None:
    while await reader.read(1024):
        pass


def _head(status: int, length: int | None, headers: dict[str, str]) -> bytes:
    """A response head; `length=None` announces a chunked body."""
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = "Unknown"
    framing = "Transfer-Encoding: chunked" if length is None else f"Content-Length: {length}"
    lines = [f"HTTP/1.1 {status} {reason}", framing]
    if not any(name.lower() == "content-type" for name in headers):
        lines.append("Content-Type: application/json")
    lines += [f"{name}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


class FakeClock:
    """A clock whose time moves only when someone sleeps on it; sleeps are recorded.

    `on_sleep` runs before each sleep returns (a test can start a server there).
    """

    def __init__(self, start: float = 1000.0, wall: float = 1_700_000_000.0) -> None:
        self.now = start
        self.wall_offset = wall - start
        self.sleeps: list[float] = []
        self.on_sleep: Callable[[float], Any] | None = None

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now + self.wall_offset

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += max(0.0, seconds)
        if self.on_sleep is not None:
            result = self.on_sleep(seconds)
            if asyncio.iscoroutine(result):
                await result
        await asyncio.sleep(0)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --- worker process for the Redis rate-limit test ----------------------------------------


async def _worker(args: argparse.Namespace) -> None:
    # Imported here: the module is also imported by the tests, which need neither.
    from katana_client import KatanaClient, RedisRateLimiter  # noqa: PLC0415

    limiter = RedisRateLimiter(args.redis, limit=args.limit, window=args.window)
    try:
        async with KatanaClient(
            api_key="shared-key", base_url=args.url, rate_limit=limiter, retry=False
        ) as client:
            http = client.get_async_httpx_client()
            # Start together: Python start-up differs by tenths of a second per process.
            print("ready", flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
            todo = iter(range(args.requests))

            async def run() -> None:
                for _ in todo:
                    (await http.get("/products")).raise_for_status()

            await asyncio.gather(*(run() for _ in range(args.concurrency)))
    finally:
        await limiter.aclose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--redis", required=True)
    parser.add_argument("--limit", type=int, required=True)
    parser.add_argument("--window", type=float, required=True)
    parser.add_argument("--requests", type=int, required=True)
    parser.add_argument("--concurrency", type=int, default=8)
    asyncio.run(_worker(parser.parse_args()))


if __name__ == "__main__":
    main()
