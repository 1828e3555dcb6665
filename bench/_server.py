"""A minimal Katana-like HTTP/1.1 server on 127.0.0.1 for the benchmarks.

The throughput benchmark compares the SDK with raw httpx, so the server must cost as
little as possible and the same for both: it is a bare asyncio protocol (keep-alive,
Content-Length bodies, no framework) that answers `GET /v1/products?page=N&limit=M`
from pre-serialized pages, with Katana's `X-Pagination` header. Run in its own process
so that it does not share the client's event loop:

    python bench/_server.py --records 100000 [--rate-limit 50/1]

It prints `port <n>` on its first line. `--rate-limit N/S` enforces at most N requests in
any S-second sliding window, answering 429 with `Retry-After` as Katana does; `GET
/stats` returns the counts of answered and refused requests as JSON.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import json
import math
import time
from urllib.parse import parse_qsl, urlsplit

from _payloads import products_page_bytes

# Distinct bodies per page size: enough that no two neighbouring pages are byte-equal.
VARIANTS = 4
# Pages kept serialized. Each page has its own ids (a walk refuses a page whose records
# repeat an earlier page's), so a walk builds every page once; repeated requests of the
# same pages (the throughput row's 400, after its warm-up) are served from here.
CACHED_PAGES = 1024


class Server:
    """The state shared by every connection: cached pages, counters, the limit."""

    def __init__(self, records: int, rate: tuple[int, float] | None) -> None:
        """See the module docstring."""
        self.records = records
        self.rate = rate
        self.answered = 0
        self.refused = 0
        self._pages: dict[tuple[int, int], bytes] = {}
        self._recent: collections.deque[float] = collections.deque()

    def body(self, page: int, limit: int) -> bytes:
        """The JSON of page `page` (1-based) of `limit` records; empty past the end."""
        first = (page - 1) * limit
        count = max(0, min(limit, self.records - first))
        key = (count, page)
        body = self._pages.get(key)
        if body is None:
            if len(self._pages) >= CACHED_PAGES:
                self._pages.clear()
            body = products_page_bytes(count, first_id=first + 1, seed=page % VARIANTS)
            self._pages[key] = body
        return body

    def admit(self) -> float | None:
        """None if the request may be answered now, else the seconds to wait."""
        if self.rate is None:
            return None
        limit, window = self.rate
        now = time.monotonic()
        while self._recent and now - self._recent[0] >= window:
            self._recent.popleft()
        if len(self._recent) >= limit:
            return window - (now - self._recent[0])
        self._recent.append(now)
        return None

    def respond(self, target: str) -> bytes:
        """The whole HTTP response for request target `target`."""
        url = urlsplit(target)
        if url.path == "/stats":
            stats = {"answered": self.answered, "refused": self.refused}
            return _response(200, json.dumps(stats).encode())
        wait = self.admit()
        if wait is not None:
            self.refused += 1
            body = b'{"statusCode":429,"name":"TooManyRequests","message":"Too many requests"}'
            headers = [("Retry-After", str(max(1, math.ceil(wait))))]
            return _response(429, body, headers)
        self.answered += 1
        query = dict(parse_qsl(url.query))
        page = int(query.get("page", "1"))
        limit = int(query.get("limit", "50"))
        total_pages = max(1, math.ceil(self.records / limit))
        pagination = {
            "total_records": str(self.records),
            "total_pages": str(total_pages),
            "offset": str((page - 1) * limit),
            "page": str(page),
            "first_page": "true" if page == 1 else "false",
            "last_page": "true" if page >= total_pages else "false",
        }
        headers = [("X-Pagination", json.dumps(pagination, separators=(",", ":")))]
        return _response(200, self.body(page, limit), headers)


def _response(status: int, body: bytes, headers: list[tuple[str, str]] | None = None) -> bytes:
    reason = {200: "OK", 429: "Too Many Requests"}.get(status, "Error")
    lines = [f"HTTP/1.1 {status} {reason}", "Content-Type: application/json"]
    lines += [f"{name}: {value}" for name, value in headers or []]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class _Connection(asyncio.Protocol):
    def __init__(self, server: Server) -> None:
        self._server = server
        self._buffer = b""
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        # Requests are GETs without bodies: each ends at the blank line.
        self._buffer += data
        while (end := self._buffer.find(b"\r\n\r\n")) >= 0:
            head, self._buffer = self._buffer[:end], self._buffer[end + 4 :]
            target = head.split(b"\r\n", 1)[0].split(b" ")[1].decode("latin-1")
            assert self._transport is not None
            self._transport.write(self._server.respond(target))


async def serve(records: int, rate: tuple[int, float] | None, port: int) -> None:
    """Serve until the process is terminated, printing the bound port first."""
    state = Server(records, rate)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: _Connection(state), "127.0.0.1", port)
    print(f"port {server.sockets[0].getsockname()[1]}", flush=True)
    async with server:
        await server.serve_forever()


def _rate(text: str) -> tuple[int, float]:
    limit, _, window = text.partition("/")
    return int(limit), float(window or "60")


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and serve."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rate-limit", type=_rate, default=None, metavar="N/SECONDS")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.records, args.rate_limit, args.port))


if __name__ == "__main__":
    main()
