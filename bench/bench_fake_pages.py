"""What one list page of the fake Katana costs, with a large collection in its state.

A page should cost what a page costs, not what the collection costs: this times GET
`/v1/<collection>?page=N&limit=250` through `httpx.ASGITransport` (no sockets), for the
first page, a middle one and the last, with and without a filter, and prints the
median of a few runs in milliseconds. Timing is reported, never asserted.

    python bench/bench_fake_pages.py [--records 100000] [--collection customers]

`--collection products` also measures the join of each product's variants.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time

import httpx

from katana_client.testing import FakeKatana

PAGE = 250


def _fill(fake: FakeKatana, collection: str, records: int) -> None:
    if collection == "products":
        fake.state.add_products(records)
        return
    for n in range(records):
        fake.state.create(collection, {"name": f"Customer {n}", "email": f"c{n}@example.com"})


async def _time_page(http: httpx.AsyncClient, url: str, runs: int) -> tuple[float, int]:
    times = []
    count = 0
    for _ in range(runs):
        started = time.perf_counter()
        response = await http.get(url)
        times.append(time.perf_counter() - started)
        response.raise_for_status()
        body = response.json()
        count = len(body["data"] if isinstance(body, dict) else body)
    return statistics.median(times) * 1000, count


async def main(records: int, collection: str, runs: int) -> None:
    """Fill a fake, then time a few pages of it."""
    fake = FakeKatana(seed=False, rate_limit=False)
    started = time.perf_counter()
    _fill(fake, collection, records)
    print(f"{records} {collection} stored in {time.perf_counter() - started:.1f} s")
    last = -(-records // PAGE)
    cases = {
        "page 1": f"/{collection}?page=1&limit={PAGE}",
        f"page {last // 2}": f"/{collection}?page={last // 2}&limit={PAGE}",
        f"page {last} (last)": f"/{collection}?page={last}&limit={PAGE}",
        "page 1, filtered by name": f"/{collection}?page=1&limit={PAGE}&name=nobody",
    }
    transport = httpx.ASGITransport(app=fake)
    async with httpx.AsyncClient(
        transport=transport,
        base_url="http://127.0.0.1/v1",
        headers={"Authorization": "Bearer bench"},
    ) as http:
        for label, url in cases.items():
            median, count = await _time_page(http, url, runs)
            print(f"| {label:<26} | {count:>4} records | {median:9.1f} ms |")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--collection", default="customers")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    asyncio.run(main(args.records, args.collection, args.runs))
