"""A raw HTTP/1.1 server on 127.0.0.1 that answers each request with scripted bytes.

The fuzz suite (tests/test_fuzz.py) describes every answer as a `Plan`: a list of steps
that write bytes, pause, close, reset or hang, so that it can send what no well-behaved
server would (a 1xx before the answer, a Content-Length that lies, broken chunking, a
header the HTTP parser refuses, a body that stops halfway) and know exactly what went
out. Unlike tests/faultserver.py, nothing here knows HTTP beyond reading the requests:
the plans carry the whole response, status line included.

Every request is recorded with the plan it got, so a test can count what Katana would
have received (a create that arrives twice is a duplicate order) and how many of those
arrivals were answered with a clean 429, after which the SDK may send a create again.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import time
from collections.abc import Callable, Iterable, Sequence
from urllib.parse import urlsplit

from attrs import define, field, frozen


class Step:
    """One thing the server does while answering. Returns False to end the connection."""

    async def run(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        raise NotImplementedError


@frozen
class Write(Step):
    """Send `data`, `times` times over (a large body without holding it in memory)."""

    data: bytes
    times: int = 1

    async def run(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        for _ in range(self.times):
            writer.write(self.data)
            await writer.drain()
        return True


@frozen
class Pause(Step):
    """Stay silent for `seconds` (a slow server), then go on."""

    seconds: float

    async def run(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        await asyncio.sleep(self.seconds)
        return True


@frozen
class Close(Step):
    """Close the connection cleanly (FIN) after what was written."""

    async def run(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        writer.close()
        return False


@frozen
class Reset(Step):
    """Abort the connection with a TCP RST."""

    async def run(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        writer.transport.abort()
        return False


@frozen
class Hang(Step):
    """Say nothing more until the client gives up and closes the connection."""

    async def run(self, writer: asyncio.StreamWriter, reader: asyncio.StreamReader) -> bool:
        while await reader.read(65536):
            pass
        return False


@frozen
class Plan:
    """The whole answer to one request.

    Attributes:
        steps: What the server does, in order. When every step returns True, the
            connection stays open for the next request (keep-alive).
        label: A short description for failure messages.
        clean_429: The client certainly received a complete 429 (the one answer after
            which a create may be sent again).
        slow: Seconds the steps pause on purpose, in all (before the client's timeout
            could end them); a test adds it to the time a call may take.
    """

    steps: tuple[Step, ...]
    label: str
    clean_429: bool = False
    slow: float = 0.0


@define
class Arrival:
    """One request as the server saw it, with the plan that answered it."""

    method: str
    path: str
    target: str
    at: float  # time.monotonic() on arrival
    plan: Plan | None = None


Handler = Callable[[Arrival], Plan]


def response(
    status: int | bytes,
    headers: Iterable[tuple[str, str] | tuple[bytes, bytes]] = (),
    body: bytes = b"",
    *,
    length: int | str | None = "auto",
) -> bytes:
    """Bytes of a response: status line, headers as given (duplicates kept), body.

    `status` is a number, or the whole raw status line. `length` is the Content-Length
    to announce: "auto" for `len(body)`, None for none, any int to lie.
    """
    lines = [status if isinstance(status, bytes) else f"HTTP/1.1 {status} Fuzz".encode()]
    if length == "auto":
        length = len(body)
    if isinstance(length, int):
        lines.append(f"Content-Length: {length}".encode())
    for name, value in headers:
        raw_name = name if isinstance(name, bytes) else name.encode("latin-1")
        raw_value = value if isinstance(value, bytes) else value.encode("latin-1")
        lines.append(raw_name + b": " + raw_value)
    return b"\r\n".join(lines) + b"\r\n\r\n" + body


def chunked(body: bytes, sizes: Sequence[int], *, end: bool = True) -> bytes:
    """`body` in chunked transfer coding, cut in pieces of `sizes` (cycled)."""
    out = bytearray()
    start = 0
    index = 0
    while start < len(body):
        size = max(1, sizes[index % len(sizes)]) if sizes else len(body)
        piece = body[start : start + size]
        out += f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
        start += len(piece)
        index += 1
    if end:
        out += b"0\r\n\r\n"
    return bytes(out)


def _default(arrival: Arrival) -> Plan:
    body = b'{"data": []}' if arrival.method == "GET" else b'{"id": 1}'
    head = [("Content-Type", "application/json")]
    return Plan((Write(response(200, head, body)),), "default 200")


@define
class FuzzServer:
    """The server: `async with FuzzServer(handler) as server:`; `server.url` is its root."""

    handler: Handler = _default
    arrivals: list[Arrival] = field(factory=list)
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(factory=set)
    _tasks: set[asyncio.Task[None]] = field(factory=set)

    @property
    def url(self) -> str:
        assert self._server is not None
        port = int(self._server.sockets[0].getsockname()[1])
        return f"http://127.0.0.1:{port}"

    def count(self, method: str, path: str) -> int:
        """How many `method path` requests arrived."""
        return sum(1 for a in self.arrivals if a.method == method and a.path == path)

    async def __aenter__(self) -> FuzzServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        if self._server is None:
            return
        self._server.close()
        for writer in list(self._writers):
            writer.transport.abort()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await self._server.wait_closed()
        self._server = None

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        task = asyncio.current_task()
        if task is not None:
            self._tasks.add(task)
        try:
            while True:
                arrival = await _read_request(reader)
                if arrival is None:
                    return
                self.arrivals.append(arrival)
                arrival.plan = plan = self.handler(arrival)
                for step in plan.steps:
                    if not await step.run(writer, reader):
                        return
        except (ConnectionError, asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            return  # the client went away mid-answer
        except asyncio.CancelledError:
            return  # the server is stopping
        finally:
            if task is not None:
                self._tasks.discard(task)
            self._writers.discard(writer)
            writer.transport.abort()


async def _read_request(reader: asyncio.StreamReader) -> Arrival | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
        return None
    lines = head.decode("latin-1").split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3:
        return None
    method, target, _ = parts
    length = 0
    for line in lines[1:]:
        name, _, value = line.partition(":")
        if name.strip().lower() == "content-length":
            length = int(value.strip())
    if length:
        await reader.readexactly(length)
    return Arrival(method=method, path=urlsplit(target).path, target=target, at=time.monotonic())
