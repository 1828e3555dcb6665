"""Mirror speed and memory: copy 100,000 records into SQLite, against raw httpx + inserts.

Each side runs in a fresh child process against `_server.py` (product pages as Katana
sends them, rate limit lifted):

- SDK: `katana_client.mirror.mirror(client, SQLiteDatabase(...), resources=["products"])`,
  a first run (every record copied): typed pages, each record's JSON and content hash,
  one transaction per page with the cursor.
- floor: the same pages with httpx and `json.loads`, the same rows inserted into the
  same table with one `executemany` and one transaction per page.

The row gives records per second of each; the note gives Katana's ceiling (60 requests
a minute of 250 records: 250 records/s) and each side's peak RSS growth, which stays
at a few pages whatever the number of records.

    python bench/bench_mirror.py [--records 100000] [--page-size 250]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import json
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
from _common import Result, local_server, reset_peak_rss, rss_bytes, run_child
from bench_throughput import API_KEY, sdk_client

from katana_client.mirror import SQLiteDatabase, feed, mirror

MIB = 1024 * 1024
CEILING = 60 * 250 / 60  # Katana: 60 requests a minute, 250 records a page


async def _mirror_sdk(url: str, page_size: int, path: str) -> int:
    db = SQLiteDatabase(path)
    try:
        async with sdk_client(url) as client:
            report = await mirror(client, db, resources=["products"], page_size=page_size)
    finally:
        db.close()
    return report.copied["products"]


async def _mirror_raw(url: str, page_size: int, path: str) -> int:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(
        "CREATE TABLE products (id TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT, "
        "deleted_at TEXT, hash TEXT NOT NULL, walk INTEGER NOT NULL)"
    )
    count = 0
    headers = {"Authorization": f"Bearer {API_KEY}"}
    async with httpx.AsyncClient(base_url=url, headers=headers) as http:
        page = 1
        while True:
            response = await http.get("/products", params={"page": page, "limit": page_size})
            response.raise_for_status()
            items = json.loads(response.content)["data"]
            rows = []
            for item in items:
                text = json.dumps(item, separators=(",", ":"))
                digest = hashlib.blake2b(text.encode(), digest_size=16).hexdigest()
                updated, deleted = item.get("updated_at"), item.get("deleted_at")
                rows.append((str(item["id"]), text, updated, deleted, digest, 1))
            db.execute("BEGIN IMMEDIATE")
            db.executemany(
                "INSERT INTO products VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                "data = excluded.data, updated_at = excluded.updated_at, "
                "deleted_at = excluded.deleted_at, hash = excluded.hash, walk = excluded.walk",
                rows,
            )
            db.execute("COMMIT")
            count += len(items)
            info = json.loads(response.headers["X-Pagination"])
            if len(items) < page_size or str(info["last_page"]) == "true":
                break
            page += 1
    db.close()
    return count


def child(kind: str, url: str, page_size: int) -> dict[str, Any]:
    """In a fresh process: mirror into a new database; time and peak RSS growth."""
    run = _mirror_sdk if kind == "sdk" else _mirror_raw
    with tempfile.TemporaryDirectory() as folder:
        if kind == "sdk":  # the generated endpoints imported first: not timed
            feed("products")
        gc.collect()
        resettable = reset_peak_rss()
        before = rss_bytes()
        start = time.perf_counter()
        count = asyncio.run(run(url, page_size, str(Path(folder) / "m.db")))
        elapsed = time.perf_counter() - start
        peak = rss_bytes("VmHWM")
    if not resettable:
        peak = max(peak, before)
    return {"records": count, "seconds": elapsed, "growth": max(0, peak - before)}


def run(*, records: int = 100_000, page_size: int = 250) -> Result:
    """Mirror `records` records both ways; the row compares records per second."""
    with local_server(records=records) as server:
        # The server builds each page on first request: both sides get them built.
        with httpx.Client(base_url=server.url) as http:
            for page in range(1, -(-records // page_size) + 1):
                http.get("/products", params={"page": page, "limit": page_size})
        sdk = run_child(__file__, "sdk", server.url, page_size)
        raw = run_child(__file__, "raw", server.url, page_size)
    for report in (sdk, raw):
        if report["records"] != records:
            raise RuntimeError(f"mirrored {report['records']} records, expected {records}")
    sdk_rate = records / sdk["seconds"]
    return Result(
        name=f"mirror ({records:,} records into SQLite, {page_size}/page)",
        value=sdk_rate,
        floor=records / raw["seconds"],
        unit="records/s",
        floor_label="httpx + json.loads + the same inserts",
        target=f"far above Katana's ceiling of {CEILING:.0f} records/s",
        note=f"{sdk_rate / CEILING:.0f}x Katana's ceiling; peak RSS growth "
        f"{sdk['growth'] / MIB:.1f} MiB (floor {raw['growth'] / MIB:.1f} MiB)",
    )


def main() -> None:
    """Print the row, or (with --child) one side's report as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--page-size", type=int, default=250)
    parser.add_argument("--child", choices=["sdk", "raw"])
    parser.add_argument("--url")
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.url, args.page_size)))
        return
    result = run(records=args.records, page_size=args.page_size)
    print(result)


if __name__ == "__main__":
    main()
