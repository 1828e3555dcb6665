"""The mirror on its real engines and in real processes (slow).

- PostgreSQL: a server of the test's own (`servers/postgres_server.py`; `.ci/run`
  installs Debian's package), the same behaviour as on SQLite.
- A mirror command killed mid-walk (SIGKILL, a real subprocess) and run again loses
  and duplicates nothing.
- Two workers sharing leases in a real redis-server never both copy a page, even when
  one stalls past its lease.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
import pytest
import redis.asyncio
from servers.postgres_server import postgres_url
from servers.redis_server import redis_url

from katana_client.mirror import (
    MAX_CURSOR_BYTES,
    ChangeFeed,
    Cursor,
    LeaseLostError,
    PostgresDatabase,
    RedisWatermarkStore,
    Row,
    SQLiteDatabase,
    WatermarkBusyError,
    WatermarkInvalidError,
    mirror,
)
from katana_client.mirror._demo import main as demo
from katana_client.testing import FakeKatana, serve_fake_katana

__all__ = ["postgres_url", "redis_url"]  # fixtures, imported for pytest

pytestmark = pytest.mark.slow

PRODUCTS = 597  # + the 3 of the seed: 600


@pytest.fixture
def fake() -> FakeKatana:
    katana = FakeKatana(rate_limit=False)
    katana.state.add_products(PRODUCTS)
    return katana


@pytest.fixture(params=["sqlite", "postgres"])
def database(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[SQLiteDatabase | PostgresDatabase]:
    if request.param == "sqlite":
        db: SQLiteDatabase | PostgresDatabase = SQLiteDatabase(str(tmp_path / "m.sqlite"))
    else:
        schema = f"t{abs(hash(request.node.name)) % 10**8}"
        db = PostgresDatabase(request.getfixturevalue("postgres_url"), schema=schema)
    yield db
    db.close()


def table(db: SQLiteDatabase | PostgresDatabase, name: str) -> dict[str, Any]:
    with db.transaction() as cursor:
        found = cursor.execute(f'SELECT id, data, deleted_at FROM "{name}"').fetchall()
    return {
        row[0]: (row[1] if isinstance(row[1], dict) else json.loads(row[1]), row[2])
        for row in found
    }


# --- both engines ----------------------------------------------------------------------


async def test_a_change_between_two_runs_is_copied_exactly_once(
    fake: FakeKatana, database: SQLiteDatabase | PostgresDatabase
) -> None:
    async with fake.client() as client:
        first = await mirror(client, database, resources=["products", "inventory"])
        fake.state.update("products", 42, {"name": "Renamed"})
        fake.state.update("products", 7, {"deleted_at": "2030-01-01T00:00:00.000Z"})
        fake.state.delete("inventory", 2)
        second = await mirror(client, database, resources=["products", "inventory"])
        third = await mirror(client, database, resources=["products", "inventory"])
    assert first.copied["products"] == 600
    assert second.copied == {"products": 2, "inventory": 0}
    assert second.vanished == {"inventory": 1}
    assert third.copied == {"products": 0, "inventory": 0}
    products = table(database, "products")
    assert len(products) == 600
    assert products["42"][0]["name"] == "Renamed"
    assert products["7"][1] == "2030-01-01T00:00:00.000Z"
    assert table(database, "inventory")["2"][1] is not None


async def test_a_page_is_written_in_one_transaction_with_its_cursor(
    fake: FakeKatana, database: SQLiteDatabase | PostgresDatabase
) -> None:
    database.claim("products", 2)
    row = Row.of(None, b'{"id":1,"name":"x","updated_at":"2030-01-01T00:00:00Z"}')
    with pytest.raises(LeaseLostError):
        database.apply("products", [row], Cursor(page=9), walk=1, fence=1)
    assert table(database, "products") == {}
    assert database.load_cursor("products").page == 1


@pytest.mark.parametrize(
    ("state", "reason"),
    [
        ("[]", "Expected `object`, got `array`"),
        ('{"page": "x"}', "Expected `int`, got `str` - at `$.page`"),
        ("x" * (MAX_CURSOR_BYTES + 1), f"larger than {MAX_CURSOR_BYTES} bytes"),
    ],
    ids=["an array", "wrong types", "one byte too large"],
)
async def test_a_stored_cursor_that_is_not_a_cursor_is_refused(
    database: SQLiteDatabase | PostgresDatabase, state: str, reason: str
) -> None:
    database.claim("products", 1)
    p = database.p
    with database.transaction() as db:
        db.execute(
            f"UPDATE katana_mirror_cursors SET state = {p} WHERE feed = {p}", (state, "products")
        )
    for read in (database.load_cursor, lambda name: database.claim(name, 1)):
        with pytest.raises(WatermarkInvalidError, match=re.escape(reason)) as caught:
            read("products")
        assert (caught.value.feed, caught.value.store) == ("products", repr(database))


def test_a_row_a_walk_sees_is_live_and_the_walks_even_where_a_newer_copy_is_kept(
    database: SQLiteDatabase | PostgresDatabase,
) -> None:
    def row(ident: int, name: str, day: int) -> Row:
        return Row.of(
            None, f'{{"id":{ident},"name":"{name}","updated_at":"2030-01-0{day}"}}'.encode()
        )

    database.apply("price_lists", [row(1, "a", 1), row(2, "b", 1)], None, walk=1)
    assert database.close_walk("price_lists", Cursor(), walk=2) == 2  # walk 2 saw neither
    database.apply("price_lists", [row(2, "b", 1)], None, walk=3)  # back, unchanged
    database.apply("price_lists", [row(1, "a2", 2)], None, walk=3)  # a webhook's newer copy
    database.apply("price_lists", [row(1, "a", 1), row(2, "b", 1)], None, walk=4)  # stale page
    assert database.close_walk("price_lists", Cursor(), walk=4) == 0
    rows = table(database, "price_lists")
    assert {k: (v[0]["name"], v[1]) for k, v in rows.items()} == {
        "1": ("a2", None),
        "2": ("b", None),
    }


# --- a mirror killed mid-walk ----------------------------------------------------------


def run_mirror(base_url: str, target: str) -> subprocess.Popen[bytes]:
    argv: Sequence[str] = [
        sys.executable, "-m", "katana_client", "mirror", "--database", target,
        "--resource", "products", "--page-size", "50", "--base-url", base_url,
    ]  # fmt: skip
    env = {**os.environ, "KATANA_API_KEY": "fake-katana-key"}
    return subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def ids_in(target: str) -> list[int]:
    """The ids in the mirror's products table (in schema `katana` on PostgreSQL)."""
    if target.startswith("postgresql://"):
        with psycopg.connect(target) as pg:
            try:
                found = pg.execute("SELECT id FROM katana.products").fetchall()
            except psycopg.errors.UndefinedTable:
                return []
    else:
        with closing(sqlite3.connect(target)) as db:
            try:
                found = db.execute("SELECT id FROM products").fetchall()
            except sqlite3.OperationalError:  # no table yet
                return []
    return sorted(int(i) for (i,) in found)


def wait_for(condition: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        time.sleep(0.05)


@pytest.mark.parametrize("engine", ["sqlite", "postgres"])
def test_a_mirror_killed_mid_walk_and_run_again_loses_and_duplicates_nothing(
    fake: FakeKatana, tmp_path: Path, engine: str, request: pytest.FixtureRequest
) -> None:
    target = str(tmp_path / "m.sqlite")
    if engine == "postgres":
        target = request.getfixturevalue("postgres_url")
    # The fifth page hangs: the process is killed while it waits for it.
    fake.faults.add(operation="getAllProducts", delay=120, skip=4)
    with serve_fake_katana(fake) as server:
        first = run_mirror(server.base_url, target)
        try:
            wait_for(lambda: len(fake.operation_requests("getAllProducts")) == 5)
            # Page 4 is written while page 5 is fetched: killed once it is committed.
            wait_for(lambda: len(ids_in(target)) == 200)
        finally:
            first.send_signal(signal.SIGKILL)
            first.communicate()
        assert ids_in(target) == list(range(1, 201))
        fake.faults.clear()
        fake.requests.clear()
        second = run_mirror(server.base_url, target)
        out, err = second.communicate(timeout=120)
    assert second.returncode == 0, err.decode()
    pages = [int(dict(r.query)["page"]) for r in fake.operation_requests("getAllProducts")]
    assert pages == list(range(1, 13))  # the same walk again, from page 1
    assert "600 records read, 400 copied" in out.decode()  # none of the first 200 again
    assert ids_in(target) == list(range(1, 601))


def test_the_demo_step_copies_only_what_changed_on_its_second_run(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert demo() == 0
    out = capsys.readouterr().out
    assert "mirrored: 616 records read, 616 copied" in out
    assert "mirrored: 617 records read, 2 copied" in out
    assert "products row 42 now reads 'Lightsaber 42 (renamed)'; customers: 3 rows" in out


# --- two workers, one Redis ------------------------------------------------------------


async def until(condition: Any) -> None:
    for _ in range(1000):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("timed out waiting")


class Recording:
    """A database that remembers which keys each worker wrote."""

    def __init__(self, db: SQLiteDatabase, written: list[str]) -> None:
        self._db = db
        self.written = written

    def __getattr__(self, name: str) -> Any:
        return getattr(self._db, name)

    def apply(self, feed: str, rows: Sequence[Row], cursor: Cursor | None, **kw: Any) -> int:
        count = self._db.apply(feed, rows, cursor, **kw)
        self.written.extend(r.key for r in rows)
        return count


async def test_two_workers_sharing_redis_never_both_copy_a_page(
    fake: FakeKatana, tmp_path: Path, redis_url: str
) -> None:
    path = str(tmp_path / "m.sqlite")
    by_a: list[str] = []
    by_b: list[str] = []
    store_a = RedisWatermarkStore(redis_url, prefix="two", lease=0.5)
    store_b = RedisWatermarkStore(redis_url, prefix="two", lease=0.5)
    # A's third page takes longer than its lease: B takes the products over meanwhile.
    fake.faults.add(operation="getAllProducts", delay=3.0, skip=2)
    async with fake.client() as client:
        db_a = Recording(SQLiteDatabase(path), by_a)
        a = asyncio.create_task(
            mirror(client, db_a, resources=["products"], leases=store_a, page_size=100)
        )
        await until(lambda: len(fake.operation_requests("getAllProducts")) == 3)
        check = redis.asyncio.Redis.from_url(redis_url)
        for _ in range(200):  # A's lease lapses while its third page hangs
            if not await check.exists("two:products:lease"):
                break
            await asyncio.sleep(0.05)
        await check.aclose()
        db_b = Recording(SQLiteDatabase(path), by_b)
        report_b = await mirror(
            client,
            db_b,
            resources=["products"],
            leases=store_b,
            page_size=100,
        )
        with pytest.raises(LeaseLostError):
            await a
    await store_a.aclose()
    await store_b.aclose()
    db_a.close()
    db_b.close()
    assert len(by_a) == 200
    # B walks again from page 1: it is handed A's two pages too, and writes none of them.
    assert sorted(int(k) for k in by_b) == list(range(1, 601))
    assert report_b.copied == {"products": 400}


async def test_a_change_feed_held_in_redis_is_refused_to_a_second_worker(
    fake: FakeKatana, tmp_path: Path, redis_url: str
) -> None:
    store = RedisWatermarkStore(redis_url, prefix="busy")
    async with fake.client() as client:
        first = ChangeFeed(client, store).since_last("products")
        await anext(first)
        with pytest.raises(WatermarkBusyError):
            await anext(ChangeFeed(client, store).since_last("products"))
        rest = [c async for c in first]
        again = [c async for c in ChangeFeed(client, store).since_last("products")]
    await store.aclose()
    assert len(rest) == 599
    assert again == []


async def test_a_redis_watermark_that_is_not_a_cursor_is_refused(redis_url: str) -> None:
    store = RedisWatermarkStore(redis_url, prefix="odd")
    check = redis.asyncio.Redis.from_url(redis_url)
    assert await store.load("products") == Cursor()  # none stored
    await check.set("odd:products", b'{"page": "x"}')
    with pytest.raises(WatermarkInvalidError, match="Expected `int`, got `str`") as caught:
        await store.load("products")
    assert (caught.value.feed, caught.value.store) == ("products", repr(store))
    assert "delete the Redis key odd:products" in str(caught.value)
    await check.delete("odd:products")
    await check.hset("odd:products", "page", "1")
    with pytest.raises(WatermarkInvalidError, match="holds a Redis hash, not a string"):
        await store.load("products")
    await check.delete("odd:products")
    await check.setrange("odd:products", MAX_CURSOR_BYTES, b"}")  # one byte too many
    with pytest.raises(WatermarkInvalidError, match=f"larger than {MAX_CURSOR_BYTES} bytes"):
        await store.load("products")
    await check.delete("odd:products")
    lease = await store.try_lease("products")
    assert lease is not None
    with pytest.raises(WatermarkInvalidError, match="keeps the one it had"):
        await store.save("products", Cursor(recent={"1": "x" * MAX_CURSOR_BYTES}), lease)
    assert await check.get("odd:products") is None
    await store.save("products", Cursor(walks=2), lease)
    assert await store.load("products") == Cursor(walks=2)
    await lease.release()
    await check.aclose()
    await store.aclose()
