"""Pagination memory: walk 100,000 records, peak RSS growth against a raw httpx walk.

Each walk runs in a fresh child process (peak RSS cannot be shared between them): the
SDK walks `get_all_products` with `katana_client.resilience.paginate` (page after page
of typed models, each dropped once consumed) where it exists, else page by page through
the endpoint; the floor walks the same pages with httpx and `json.loads`. The row shows
the SDK's peak RSS growth during the walk, in MiB and in typed pages of the same size:
memory that grew with the number of records would show as hundreds of pages.

    python bench/bench_pagination.py [--records 100000] [--page-size 250]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import tracemalloc
from typing import Any

import httpx
from _common import Result, local_server, reset_peak_rss, rss_bytes, run_child
from _payloads import products_page_bytes
from bench_throughput import API_KEY, _optional, sdk_client

from katana_client._runtime import loads
from katana_client.generated.api.products import get_all_products
from katana_client.generated.models import ProductList

MIB = 1024 * 1024


async def _walk_sdk(url: str, page_size: int) -> int:
    paginate = _optional("katana_client.resilience", "paginate")
    count = 0
    async with sdk_client(url) as client:
        if paginate is not None:
            walk = paginate(get_all_products.asyncio_detailed, client=client, page_size=page_size)
            async for _product in walk:
                count += 1
            return count
        page = 1
        while True:
            parsed = await get_all_products.asyncio(client=client, page=page, limit=page_size)
            items = parsed.data if parsed is not None and isinstance(parsed.data, list) else []
            size = len(items)
            count += size
            del parsed, items
            if size < page_size:
                return count
            page += 1


async def _walk_raw(url: str, page_size: int) -> int:
    count = 0
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with httpx.AsyncClient(base_url=url, headers=headers) as http:
        page = 1
        while True:
            response = await http.get("/products", params={"page": page, "limit": page_size})
            response.raise_for_status()
            items = json.loads(response.content)["data"]
            count += len(items)
            info = json.loads(response.headers["X-Pagination"])
            if len(items) < page_size or info["last_page"] == "true":
                return count
            page += 1


def child(kind: str, url: str, page_size: int) -> dict[str, Any]:
    """In a fresh process: warm up, then walk and report the peak RSS growth."""
    walk = _walk_sdk if kind == "sdk" else _walk_raw
    # A first walk of one page imports and allocates whatever a walk needs once.
    asyncio.run(_first_page(kind, url, page_size))
    gc.collect()
    resettable = reset_peak_rss()
    before = rss_bytes()
    count = asyncio.run(walk(url, page_size))
    peak = rss_bytes("VmHWM")
    if not resettable:
        peak = max(peak, before)
    return {"records": count, "growth": max(0, peak - before), "resettable": resettable}


async def _first_page(kind: str, url: str, page_size: int) -> None:
    if kind == "sdk":
        async with sdk_client(url) as client:
            await get_all_products.asyncio(client=client, page=1, limit=page_size)
    else:
        async with httpx.AsyncClient(base_url=url) as http:
            json.loads((await http.get("/products", params={"limit": page_size})).content)


def page_bytes(page_size: int) -> int:
    """Memory held by one parsed typed page of `page_size` products (tracemalloc)."""
    body = products_page_bytes(page_size)
    tracemalloc.start()
    try:
        page = ProductList.from_dict(loads(body))
        size, _peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del page
    return size


def run(*, records: int = 100_000, page_size: int = 250) -> Result:
    """Walk `records` records both ways; the row compares the peak RSS growth."""
    with local_server(records=records) as server:
        sdk = run_child(__file__, "sdk", server.url, page_size)
        raw = run_child(__file__, "raw", server.url, page_size)
    for report in (sdk, raw):
        if report["records"] != records:
            raise RuntimeError(f"walked {report['records']} records, expected {records}")
    one_page = page_bytes(page_size)
    return Result(
        name=f"pagination memory ({records:,} records, {page_size}/page)",
        value=sdk["growth"] / MIB,
        floor=raw["growth"] / MIB,
        unit="MiB",
        floor_label="httpx + json.loads walk",
        target="a few pages",
        note=f"peak RSS growth = {sdk['growth'] / one_page:.1f} typed pages "
        f"of {one_page / MIB:.1f} MiB",
    )


def main(argv: list[str] | None = None) -> int:
    """Print both walks' peak RSS growth (or, with --child, do one walk)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=250)
    parser.add_argument("--child", choices=["sdk", "raw"], help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.url, args.page_size)))
        return 0
    result = run(records=args.records, page_size=args.page_size)
    print(f"{result.name}: SDK +{result.value:.1f} MiB, raw +{result.floor:.1f} MiB")
    print(result.note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
