"""Throughput: concurrent GETs of 50-product pages, SDK against raw httpx + json.loads.

Both sides fetch the same pages from the same local server (`_server.py`, in its own
process) with the same concurrency over one pooled connection set. The SDK side is the
full stack a user gets: `KatanaClient` with its auth (a token provider consulted per
request), retry policy and (where `katana_client.resilience` provides it) the
pagination walker, the rate limiter off; each page is parsed into typed models. The
floor is `httpx.AsyncClient.get` plus `json.loads`.

    python bench/bench_throughput.py [--requests 400] [--concurrency 10] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import inspect
import json
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from typing import Any

import httpx
from _common import LocalServer, Result, local_server

from katana_client import KatanaClient
from katana_client.generated.api.products import get_all_products
from katana_client.generated.models import Product

PAGE_SIZE = 50
API_KEY = "bench-key"


def _optional(module: str, name: str) -> Any:
    """A name from a module other work may not have landed yet, else None."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def sdk_client(base_url: str, **options: Any) -> KatanaClient:
    """A `KatanaClient` as users make it, with the rate limiter off where it exists."""
    accepted = inspect.signature(KatanaClient).parameters
    if "rate_limit" in accepted:
        options.setdefault("rate_limit", False)
    return KatanaClient(api_key=API_KEY, base_url=base_url, **options)


async def _drive(fetch: Callable[[int], Awaitable[int]], requests: int, workers: int) -> float:
    """Run `fetch(page)` for pages 1..requests on `workers` tasks; requests per second."""
    queue = iter(range(1, requests + 1))
    fetched = 0

    async def worker() -> None:
        nonlocal fetched
        for page in queue:
            count = await fetch(page)  # not `fetched += await ...`: that loses updates
            fetched += count

    start = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(workers)))
    elapsed = time.perf_counter() - start
    if fetched != requests * PAGE_SIZE:
        raise RuntimeError(f"fetched {fetched} records, expected {requests * PAGE_SIZE}")
    return requests / elapsed


async def raw_rate(url: str, requests: int, workers: int) -> float:
    """Pages per second with bare httpx and json.loads."""
    headers = {"Authorization": f"Bearer {API_KEY}"}
    limits = httpx.Limits(max_connections=workers)
    async with httpx.AsyncClient(base_url=url, headers=headers, limits=limits) as http:

        async def fetch(page: int) -> int:
            response = await http.get("/products", params={"page": page, "limit": PAGE_SIZE})
            response.raise_for_status()
            return len(json.loads(response.content)["data"])

        return await _drive(fetch, requests, workers)


async def sdk_rate(url: str, requests: int, workers: int) -> float:
    """Pages per second through `KatanaClient`, typed models and the pagination walker."""
    pages = _optional("katana_client.resilience", "pages")
    async with sdk_client(url) as client:

        async def fetch(page: int) -> int:
            if pages is not None:
                items: list[Any] = []
                async for one in pages(
                    get_all_products.asyncio_detailed,
                    client=client,
                    page_size=PAGE_SIZE,
                    start_page=page,
                    max_pages=1,
                ):
                    items = one.items
            else:
                parsed = await get_all_products.asyncio(client=client, page=page, limit=PAGE_SIZE)
                items = parsed.data if parsed is not None and isinstance(parsed.data, list) else []
            if items and type(items[0]) is not Product:
                raise RuntimeError(f"page {page} was not parsed into Product models")
            return len(items)

        return await _drive(fetch, requests, workers)


def run(*, requests: int = 400, workers: int = 10, rounds: int = 5) -> Result:
    """Alternate raw and SDK rounds against one server; median pages per second."""
    with local_server(records=requests * PAGE_SIZE) as server:
        return _measure(server, requests, workers, rounds)


def _measure(server: LocalServer, requests: int, workers: int, rounds: int) -> Result:
    raw: list[float] = []
    sdk: list[float] = []
    # One warm-up of each fills the server's page cache (every page the rounds ask for)
    # and both connection pools.
    asyncio.run(raw_rate(server.url, requests, workers))
    asyncio.run(sdk_rate(server.url, min(requests, 2 * workers), workers))
    for _ in range(rounds):
        raw.append(asyncio.run(raw_rate(server.url, requests, workers)))
        sdk.append(asyncio.run(sdk_rate(server.url, requests, workers)))
    return Result(
        name=f"throughput ({workers} concurrent GETs, {PAGE_SIZE}-item pages)",
        value=statistics.median(sdk),
        floor=statistics.median(raw),
        unit="req/s",
        floor_label="httpx + json.loads",
        target=">= 0.8x",
    )


def main(argv: list[str] | None = None) -> int:
    """Print both rates and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    result = run(requests=args.requests, workers=args.concurrency, rounds=args.rounds)
    print(f"{result.name}: SDK {result.value:.0f} req/s, raw {result.floor:.0f} req/s")
    print(f"ratio {result.ratio:.2f}x (target {result.target})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
