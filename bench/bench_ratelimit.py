"""Rate-limited throughput: the rate the SDK achieves against the limit it is given.

The local server enforces `limit` requests in any `window`-second sliding window and
answers 429 beyond it, as Katana does. The SDK gets a `LocalRateLimiter` with the same
limit and sends more requests than one window allows from several tasks at once. The
row shows the achieved steady rate (requests after the first window's burst, over the
time they took) against the configured rate, and the number of 429s the server sent,
which must be zero.

    python bench/bench_ratelimit.py [--limit 20] [--window 1] [--requests 100]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time

import httpx
from _common import Result, local_server
from bench_throughput import _optional, sdk_client

from katana_client.generated.api.products import get_all_products


async def _send(url: str, limiter: object, requests: int, workers: int) -> float:
    """Send `requests` GETs through the limited client; seconds until the last answer."""
    queue = iter(range(requests))
    async with sdk_client(url, rate_limit=limiter) as client:

        async def worker() -> None:
            for _ in queue:
                await get_all_products.asyncio_detailed(client=client, page=1, limit=1)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(workers)))
        return time.perf_counter() - start


def run(*, limit: int = 20, window: float = 1.0, requests: int = 100, workers: int = 8) -> Result:
    """Measure the achieved rate; the note carries the server's 429 count."""
    name = f"rate-limited throughput ({limit} per {window:g} s)"
    limiter_class = _optional("katana_client.resilience", "LocalRateLimiter")
    if limiter_class is None:
        return Result(
            name,
            0.0,
            limit / window,
            "req/s",
            "configured limit",
            "~1.0x, 0 x 429",
            note="skipped: no katana_client.resilience.LocalRateLimiter yet",
        )
    if requests <= limit:
        raise ValueError("send more requests than one window allows")
    with local_server(records=1000, rate_limit=f"{limit}/{window}") as server:
        elapsed = asyncio.run(_send(server.url, limiter_class(limit, window), requests, workers))
        stats = json.loads(httpx.get(server.url.removesuffix("/v1") + "/stats").content)
    if stats["answered"] < requests:
        raise RuntimeError(f"the server answered {stats['answered']} of {requests} requests")
    # The first `limit` requests may go at once; the rest can go at `limit / window`.
    achieved = (requests - limit) / elapsed
    return Result(
        name=name,
        value=achieved,
        floor=limit / window,
        unit="req/s",
        floor_label="configured limit",
        target="~1.0x, 0 x 429",
        note=f"{stats['refused']} x 429 from the server",
    )


def main(argv: list[str] | None = None) -> int:
    """Print the achieved and configured rates and the 429 count."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=20)
    parser.add_argument("--window", type=float, default=1.0)
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args(argv)
    result = run(limit=args.limit, window=args.window, requests=args.requests)
    print(f"{result.name}: {result.value:.1f} req/s of {result.floor:.1f}; {result.note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
