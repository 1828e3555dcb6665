"""Share of the rate limit reached: LocalRateLimiter and RedisRateLimiter, reset in s or ms.

The fake Katana (`katana_client.testing`) enforces `limit` requests per `window` seconds
per key, as Katana does: a fixed window, `X-Ratelimit-Reset` in whole epoch seconds (as
Katana's example) or in milliseconds (as its docs say), 429 beyond the limit. The SDK
gets a limiter with the same limit and sends more requests than one window allows from
several tasks at once. Each row gives the achieved rate after the first window's burst,
its share of the limit, and the 429s the fake sent (it must be none).

With the reset in whole seconds the Redis limiter used to pause the key until that
reset, up to a second late every window: 5.5-6.5 req/s of 10. The test suite asserts
only what holds on any machine (never above the limit); this measures the rate.

    python bench/bench_ratelimit_share.py [--limit 10] [--window 1] [--requests 60]

Needs redis-server on the PATH for the Redis rows (skipped without it).
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager

from katana_client import KatanaClient, LocalRateLimiter, RedisRateLimiter
from katana_client.generated.api.products import get_all_products
from katana_client.resilience import RateLimiter
from katana_client.testing import FakeKatana, RateLimit, serve_fake_katana


@contextmanager
def redis_server() -> Iterator[str | None]:
    """A throwaway redis-server on 127.0.0.1; None when it is not installed."""
    binary = shutil.which("redis-server")
    if binary is None:
        yield None
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    argv = [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(200):  # up to 10 s to start
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.05).close()
                break
            except OSError:
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


async def achieved(url: str, limiter: RateLimiter, requests: int, limit: int) -> tuple[float, int]:
    """Requests per second after the first burst of `limit`, and the 429s received."""
    async with KatanaClient(api_key="bench", base_url=url, rate_limit=limiter, retry=5) as client:
        todo = iter(range(requests))
        refused = 0

        async def worker() -> None:
            nonlocal refused
            for _ in todo:
                response = await get_all_products.asyncio_detailed(client=client, limit=1)
                refused += response.status_code == 429

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(2 * limit)))
        elapsed = time.perf_counter() - start
    return (requests - limit) / elapsed, refused


def main(argv: list[str] | None = None) -> int:
    """Print one row per limiter and reset unit."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--window", type=float, default=1.0)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args(argv)
    if args.requests <= args.limit:
        parser.error("send more requests than one window allows")
    configured = args.limit / args.window
    print(f"| limiter | reset in | req/s | share of {configured:g} req/s | 429s |")
    print("|---|---|---|---|---|")
    with redis_server() as redis_url:
        for reset_in_ms in (False, True):
            fake = FakeKatana(
                rate_limit=RateLimit(limit=args.limit, window=args.window, reset_in_ms=reset_in_ms)
            )
            with serve_fake_katana(fake) as server:
                for name in ("local", "redis"):
                    if name == "redis" and redis_url is None:
                        print("| redis | - | skipped: no redis-server | | |")
                        continue
                    assert fake.rate_limit is not None
                    fake.rate_limit.reset()
                    rate, refused = asyncio.run(_measure(name, server.base_url, redis_url, args))
                    unit = "ms" if reset_in_ms else "s"
                    print(f"| {name} | {unit} | {rate:.2f} | {rate / configured:.2f} | {refused} |")
    return 0


async def _measure(
    name: str, url: str, redis_url: str | None, args: argparse.Namespace
) -> tuple[float, int]:
    if name == "local":
        return await achieved(
            url, LocalRateLimiter(args.limit, args.window), args.requests, args.limit
        )
    assert redis_url is not None
    limiter = RedisRateLimiter(
        redis_url, limit=args.limit, window=args.window, prefix=f"bench:{time.time_ns()}"
    )
    try:
        return await achieved(url, limiter, args.requests, args.limit)
    finally:
        await limiter.aclose()


if __name__ == "__main__":
    sys.exit(main())
