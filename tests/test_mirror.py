"""Changes since a watermark, and the mirror, against the fake Katana (in-process).

The processes (a mirror killed mid-walk), PostgreSQL and Redis are in
`test_mirror_engines.py`.
"""

from __future__ import annotations

import asyncio
import datetime
import hashlib
import io
import json
import logging
import os
import sqlite3
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager, closing
from pathlib import Path
from typing import Any

import httpx
import pytest

from katana_client import KatanaServerError
from katana_client.__main__ import main
from katana_client.mirror import (
    MAX_CURSOR_BYTES,
    ChangeFeed,
    Cursor,
    FileWatermarkStore,
    LeaseLostError,
    LogProgress,
    RichProgress,
    SQLiteDatabase,
    WatermarkBusyError,
    WatermarkInvalidError,
    feed,
    feeds,
    mirror,
    mirror_webhook_handler,
    progress_for,
)
from katana_client.testing import FakeKatana, RateLimit, load_spec
from katana_client.webhooks import parse_webhook_event

PRODUCTS = 600  # + the 3 of the seed: three pages of 250, the last one short


@pytest.fixture
def db(tmp_path: Path) -> Iterator[SQLiteDatabase]:
    database = SQLiteDatabase(str(tmp_path / "m.sqlite"))
    yield database
    database.close()


@pytest.fixture
def fake() -> FakeKatana:
    katana = FakeKatana(rate_limit=False)
    katana.state.add_products(PRODUCTS)
    return katana


def product_pages(fake: FakeKatana) -> list[int]:
    return [int(dict(r.query)["page"]) for r in fake.operation_requests("getAllProducts")]


def rows(path: Path, table: str) -> dict[str, tuple[Any, ...]]:
    with closing(sqlite3.connect(path)) as db:
        found = db.execute(f"SELECT id, data, updated_at, deleted_at FROM {table}").fetchall()
    return {row[0]: row[1:] for row in found}


def listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def read(path: Path) -> str:
    return path.read_text()


# --- which resources -------------------------------------------------------------------


def test_feeds_are_the_paged_lists_and_incremental_ones_take_updated_at_min() -> None:
    spec = load_spec()
    paged, incremental = set(), set()
    for op in spec.operations.values():
        names = {p["name"] for p in op.parameters}
        if op.method == "GET" and "page" in names:
            paged.add(op.operation_id)
            if "updated_at_min" in names:
                incremental.add(op.operation_id)
    assert {f.operation for f in feeds()} == paged
    assert {f.operation for f in feeds() if f.incremental} == incremental
    assert (len(paged), len(incremental)) == (53, 37)
    assert len({f.name for f in feeds()}) == 53


def test_feed_is_found_by_name_or_operation_and_an_unknown_name_lists_the_known() -> None:
    assert feed("getAllProducts") is feed("products")
    with pytest.raises(KeyError, match="sales_orders"):
        feed("nope")


# --- ChangeFeed ------------------------------------------------------------------------


@asynccontextmanager
async def _walked_once(fake: FakeKatana, tmp_path: Path) -> AsyncIterator[ChangeFeed]:
    """A products feed kept in `tmp_path`, walked once, with its client still open."""
    async with fake.client() as client:
        feed_ = ChangeFeed(client, tmp_path)
        [c async for c in feed_.since_last("products")]
        yield feed_


async def test_first_walk_delivers_every_record_typed_in_list_order(
    fake: FakeKatana, tmp_path: Path
) -> None:
    async with fake.client() as client:
        changes = [c async for c in ChangeFeed(client, tmp_path).since_last("products")]
    assert [c.key for c in changes] == [str(i) for i in range(1, PRODUCTS + 4)]
    assert changes[3].record.name == "Lightsaber 4"
    assert changes[3].raw["name"] == "Lightsaber 4"
    assert not any(c.deleted for c in changes)


async def test_a_change_between_walks_is_delivered_once_and_the_overlap_not_again(
    fake: FakeKatana, tmp_path: Path
) -> None:
    async with _walked_once(fake, tmp_path) as feed_:
        fake.state.update("products", 42, {"name": "Renamed"})
        second = [c async for c in feed_.since_last("products")]
        third = [c async for c in feed_.since_last("products")]
    assert [(c.key, c.record.name) for c in second] == [("42", "Renamed")]
    assert third == []


async def test_walks_ask_from_the_last_walk_start_less_the_overlap(
    fake: FakeKatana, tmp_path: Path
) -> None:
    start = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
    async with fake.client() as client:
        feed_ = ChangeFeed(
            client, tmp_path, overlap=datetime.timedelta(minutes=2), now=lambda: start
        )
        [c async for c in feed_.since_last("products")]
        assert "updated_at_min" not in dict(fake.operation_requests("getAllProducts")[-1].query)
        [c async for c in feed_.since_last("products")]
    query = dict(fake.operation_requests("getAllProducts")[-1].query)
    assert datetime.datetime.fromisoformat(query["updated_at_min"]) == start - datetime.timedelta(
        minutes=2
    )
    assert query["include_deleted"] == "true"


async def test_a_soft_deleted_record_comes_as_a_deletion(fake: FakeKatana, tmp_path: Path) -> None:
    async with _walked_once(fake, tmp_path) as feed_:
        fake.state.update("products", 7, {"deleted_at": "2030-01-01T00:00:00.000Z"})
        second = [c async for c in feed_.since_last("products")]
    assert [(c.key, c.deleted) for c in second] == [("7", True)]


async def test_a_walk_stopped_half_way_starts_again_and_skips_a_record_that_moved_up(
    fake: FakeKatana, tmp_path: Path
) -> None:
    seen: list[str] = []
    async with fake.client() as client:
        feed_ = ChangeFeed(client, tmp_path)
        walk = feed_.since_last("products")
        async for change in walk:
            seen.append(change.key)
            if len(seen) == 300:  # inside page 2: page 1's position was saved
                break
        await walk.aclose()
        fake.state.delete("products", 5)  # record 251 moves up onto page 1
        fake.requests.clear()
        rest = [c.key async for c in feed_.since_last("products")]
    assert product_pages(fake) == [1, 2, 3]  # the same query again, from page 1
    assert "251" in rest
    assert set(rest) == {str(i) for i in range(1, PRODUCTS + 4)} - {"5"}


async def test_a_walk_during_which_the_list_shrank_keeps_the_watermark(
    fake: FakeKatana, tmp_path: Path
) -> None:
    shrink, transport = deleting_once(fake, "products", 5)  # once page 1 is read

    def tomorrow() -> datetime.datetime:  # past the overlap of the products' updated_at
        return datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=1)

    async with fake.client(transport=transport) as client:
        feed_ = ChangeFeed(client, tmp_path, now=tomorrow)
        shrink.set()
        first = [c.key async for c in feed_.since_last("products")]
        second = [c.key async for c in feed_.since_last("products")]
    assert "251" not in first  # it moved up onto page 1, already read
    assert "251" in second


async def test_a_list_without_updated_at_min_is_compared_by_content(
    fake: FakeKatana, tmp_path: Path
) -> None:
    async with fake.client() as client:
        feed_ = ChangeFeed(client, tmp_path)
        first = [c async for c in feed_.since_last("inventory")]
        fake.state.set_inventory(1, 1, quantity_in_stock="3")
        fake.state.delete("inventory", 2)
        second = [c async for c in feed_.since_last("inventory")]
        third = [c async for c in feed_.since_last("inventory")]
    assert len(first) == fake.state.count("inventory") + 1
    assert sorted((c.key, c.deleted) for c in second) == [("1", False), ("2", True)]
    assert third == []


async def test_a_whole_list_that_shrank_under_a_change_feed_reports_no_false_deletion(
    fake: FakeKatana, tmp_path: Path
) -> None:
    # As mirror() does: a walk whose totals differ marks nothing deleted; the record
    # that moved up onto a page already read is not reported gone, and the next walk
    # reports the one that really went.
    shrink, transport = deleting_once(fake, "inventory", 1)  # once page 1 is read
    async with fake.client(transport=transport) as client:
        feed_ = ChangeFeed(client, tmp_path, page_size=1)
        [c async for c in feed_.since_last("inventory")]
        shrink.set()
        during = [(c.key, c.deleted) async for c in feed_.since_last("inventory")]
        after = [(c.key, c.deleted) async for c in feed_.since_last("inventory")]
    assert [change for change in during if change[1]] == []
    assert after == [("1", True)]


async def test_a_change_feed_holds_its_lease_through_a_long_whole_walk(
    fake: FakeKatana, tmp_path: Path
) -> None:
    # The lease is renewed page by page, as mirror() does: a walk longer than the
    # lease (a consumer that takes its time) still saves its watermark.
    store = FileWatermarkStore(tmp_path)
    renewed: list[str] = []
    take = store.try_lease

    async def counted(name: str) -> Any:
        lease: Any = await take(name)
        renew = lease.renew

        async def renewing() -> None:
            renewed.append(name)
            await renew()

        lease.renew = renewing
        return lease

    store.try_lease = counted  # type: ignore[method-assign]
    async with fake.client() as client:
        feed_ = ChangeFeed(client, store, page_size=1)
        first = [c async for c in feed_.since_last("inventory")]
    assert len(renewed) >= fake.state.count("inventory") >= 2  # a renewal a page
    assert len(first) == fake.state.count("inventory")


async def test_a_feed_held_by_another_worker_is_refused(fake: FakeKatana, tmp_path: Path) -> None:
    store = FileWatermarkStore(tmp_path)
    held = await store.try_lease("products")
    assert held is not None
    async with fake.client() as client:
        with pytest.raises(WatermarkBusyError):
            [c async for c in ChangeFeed(client, store).since_last("products")]
    await held.release()
    assert await store.try_lease("products") is not None


async def test_file_store_saves_whole_files_and_leaves_no_temporary(
    fake: FakeKatana, tmp_path: Path
) -> None:
    async with fake.client() as client:
        [c async for c in ChangeFeed(client, tmp_path).since_last("products")]
    assert listing(tmp_path) == ["products.json", "products.lock"]
    cursor = json.loads(read(tmp_path / "products.json"))
    assert cursor["since"] is not None
    assert cursor["started"] is None


# --- a stored watermark that is not a cursor -------------------------------------------

A_CURSOR: dict[str, Any] = {
    "since": None,
    "recent": {},
    "started": None,
    "page": 1,
    "walk_recent": {},
    "walks": 0,
}
NOT_CURSORS = {
    "an array": b"[]",
    "a number": b"5",
    "not JSON": b"{not json",
    "nested deep": b"[" * 1000 + b"]" * 1000,
    "wrong types": b'{"page": "x", "recent": 5, "walks": null}',
    "UTF-16": "{}".encode("utf-16"),
    "empty": b"",
    "an empty object": b"{}",
    "a field missing": json.dumps({k: v for k, v in A_CURSOR.items() if k != "walks"}).encode(),
    "a field unknown": json.dumps({**A_CURSOR, "pages": 2}).encode(),
    "page 0": json.dumps({**A_CURSOR, "page": 0}).encode(),
    "walks a float": json.dumps({**A_CURSOR, "walks": 1.0}).encode(),
    "since no time": json.dumps({**A_CURSOR, "since": "yesterday"}).encode(),
    "recent not text": json.dumps({**A_CURSOR, "recent": {"1": 2}}).encode(),
}


@pytest.mark.parametrize("content", NOT_CURSORS.values(), ids=list(NOT_CURSORS))
async def test_a_stored_watermark_that_is_not_a_cursor_is_refused_and_left_as_it_is(
    fake: FakeKatana, tmp_path: Path, content: bytes
) -> None:
    (tmp_path / "products.json").write_bytes(content)
    store = FileWatermarkStore(tmp_path)
    async with fake.client() as client:
        with pytest.raises(WatermarkInvalidError) as caught:
            [c async for c in ChangeFeed(client, store).since_last("products")]
    assert (caught.value.feed, caught.value.store) == ("products", repr(store))
    assert f"'products' in {store!r} cannot be used" in str(caught.value)
    assert f"delete the file {tmp_path / 'products.json'}" in str(caught.value)
    assert fake.operation_requests("getAllProducts") == []
    assert (tmp_path / "products.json").read_bytes() == content
    assert await store.try_lease("products") is not None  # the lease was given back


async def test_deleting_a_refused_watermark_delivers_the_feed_again_from_the_start(
    fake: FakeKatana, tmp_path: Path
) -> None:
    async with _walked_once(fake, tmp_path) as feed_:
        (tmp_path / "products.json").write_bytes(b'{"page": "x"}')
        with pytest.raises(WatermarkInvalidError):
            [c async for c in feed_.since_last("products")]
        (tmp_path / "products.json").unlink()
        again = [c.key async for c in feed_.since_last("products")]
    assert sorted(again, key=int) == [str(i) for i in range(1, PRODUCTS + 4)]


def _sparse(path: Path, size: int) -> None:
    with path.open("wb") as file:
        file.truncate(size)


MAKE_UNREADABLE: dict[str, tuple[Callable[[Path], None], str]] = {
    "a FIFO": (os.mkfifo, "not a regular file"),
    "a directory": (Path.mkdir, "not a regular file"),
    "one byte too large": (
        lambda path: _sparse(path, MAX_CURSOR_BYTES + 1),
        f"larger than {MAX_CURSOR_BYTES} bytes",
    ),
}


@pytest.mark.parametrize(("make", "reason"), MAKE_UNREADABLE.values(), ids=list(MAKE_UNREADABLE))
def test_a_watermark_file_that_is_no_regular_file_or_too_large_is_refused(
    tmp_path: Path, make: Callable[[Path], None], reason: str
) -> None:
    make(tmp_path / "products.json")
    store = FileWatermarkStore(tmp_path)
    # In a daemon thread, so that a load that blocks (a FIFO opened for reading waits
    # for a writer) fails the test instead of hanging it.
    outcome: list[BaseException | Cursor] = []

    def load() -> None:
        try:
            outcome.append(asyncio.run(store.load("products")))
        except BaseException as exc:
            outcome.append(exc)

    loading = threading.Thread(target=load, daemon=True)
    loading.start()
    loading.join(60)
    assert outcome, "the load blocked"
    error = outcome[0]
    assert isinstance(error, WatermarkInvalidError), error
    assert (error.feed, error.store) == ("products", repr(store))
    assert reason in str(error)


async def test_a_cursor_larger_than_a_store_loads_is_not_saved(tmp_path: Path) -> None:
    store = FileWatermarkStore(tmp_path)
    lease = await store.try_lease("inventory")
    assert lease is not None
    # What ChangeFeed keeps for a list of 100,000 records read whole: 4.6 MB.
    hashes = {str(i): hashlib.blake2b(b"%d" % i, digest_size=16).hexdigest() for i in range(10**5)}
    whole = Cursor(since="2030-01-01T00:00:00.000000+00:00", recent=hashes, walks=3)
    await store.save("inventory", whole, lease)
    assert await store.load("inventory") == whole
    with pytest.raises(WatermarkInvalidError, match="keeps the one it had"):
        await store.save("inventory", Cursor(recent={"1": "x" * MAX_CURSOR_BYTES}), lease)
    await lease.release()
    assert listing(tmp_path) == ["inventory.json", "inventory.lock"]
    assert await store.load("inventory") == whole


# --- the mirror ------------------------------------------------------------------------


async def test_mirror_copies_each_record_as_katana_sent_it(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    async with fake.client() as client:
        report = await mirror(client, db, resources=["products", "sales_orders"])
        body = (await client.get_async_httpx_client().get("/sales_orders")).text
    sent = json.loads(body)["data"][0]
    assert report.copied == {"products": PRODUCTS + 3, "sales_orders": 1}
    assert report.pages["products"] == 3
    data, updated_at, deleted_at = rows(path, "sales_orders")["1"]
    assert json.loads(data) == sent
    assert f'{{"data":[{data}]}}' == body.replace(" ", "")  # byte for byte
    assert '"total":99.98' in data  # a decimal exactly as sent
    assert (updated_at, deleted_at) == (sent["updated_at"], None)


async def test_a_change_between_two_runs_is_copied_exactly_once(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    async with fake.client() as client:
        await mirror(client, db, resources=["products"])
        fake.state.update("products", 42, {"name": "Renamed"})
        second = await mirror(client, db, resources=["products"])
        third = await mirror(client, db, resources=["products"])
    assert second.copied == {"products": 1}
    assert third.copied == {"products": 0}
    assert json.loads(rows(path, "products")["42"][0])["name"] == "Renamed"
    assert len(rows(path, "products")) == PRODUCTS + 3


async def test_mirror_marks_soft_deleted_and_vanished_records(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    async with fake.client() as client:
        await mirror(client, db, resources=["products", "inventory"])
        fake.state.update("products", 7, {"deleted_at": "2030-01-01T00:00:00.000Z"})
        fake.state.delete("inventory", 2)
        report = await mirror(client, db, resources=["products", "inventory"])
    assert rows(path, "products")["7"][2] == "2030-01-01T00:00:00.000Z"
    assert report.vanished == {"inventory": 1}
    assert rows(path, "inventory")["2"][2] is not None
    assert rows(path, "inventory")["1"][2] is None


async def test_a_run_that_fails_resumes_from_page_1_and_misses_no_record_that_moved_up(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    fake.faults.add(operation="getAllProducts", status=500, skip=1)
    async with fake.client() as client:
        with pytest.raises(KatanaServerError):
            await mirror(client, db, resources=["products"])
        assert len(rows(path, "products")) == 250
        fake.state.delete("products", 5)  # record 251 moves up onto page 1
        fake.requests.clear()
        report = await mirror(client, db, resources=["products"])
    assert product_pages(fake) == [1, 2, 3]
    assert report.copied == {"products": PRODUCTS + 3 - 250}  # page 1 is not written again
    assert "251" in rows(path, "products")
    assert len(rows(path, "products")) == PRODUCTS + 3


@pytest.mark.parametrize(
    "state",
    [
        *["'[]'", "'{}'", "'{\"page\": 0}'", "X'FF7B7D'"],
        # 64 MiB written and read back: the fast loop keeps the file store's size check.
        pytest.param(f"zeroblob({MAX_CURSOR_BYTES + 1})", marks=pytest.mark.slow),
    ],
    ids=["an array", "an empty object", "a page 0", "not UTF-8", "one byte too large"],
)
async def test_a_mirror_cursor_that_is_not_a_cursor_is_refused_and_nothing_is_written(
    fake: FakeKatana, db: SQLiteDatabase, state: str
) -> None:
    path = Path(db.path)
    async with fake.client() as client:
        await mirror(client, db, resources=["products"])
        with closing(sqlite3.connect(path)) as raw, raw:
            raw.execute(f"UPDATE katana_mirror_cursors SET state = {state}")
        fake.state.update("products", 42, {"name": "Renamed"})
        fake.requests.clear()
        with pytest.raises(WatermarkInvalidError) as caught:
            await mirror(client, db, resources=["products"])
        assert fake.operation_requests("getAllProducts") == []
        assert (caught.value.feed, caught.value.store) == ("products", repr(db))
        assert 'katana_mirror_cursors and every row of the table "products"' in str(caught.value)
        # What the message says to do, while the database stays open:
        with closing(sqlite3.connect(path)) as raw, raw:
            raw.execute("DELETE FROM katana_mirror_cursors WHERE feed = 'products'")
            raw.execute('DELETE FROM "products"')
        report = await mirror(client, db, resources=["products"])
    assert report.copied == {"products": PRODUCTS + 3}
    assert json.loads(rows(path, "products")["42"][0])["name"] == "Renamed"


class Tap(httpx.AsyncBaseTransport):
    """The fake's transport; `hook` sees each answer and may stand another in for it."""

    def __init__(
        self,
        fake: FakeKatana,
        hook: Callable[[httpx.Request, httpx.Response], Awaitable[httpx.Response]],
    ) -> None:
        self.inner = fake.transport()
        self.hook = hook

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        response = await self.inner.handle_async_request(request)
        await response.aread()
        return await self.hook(request, response)


def deleting_once(fake: FakeKatana, collection: str, ident: int) -> tuple[asyncio.Event, Tap]:
    """A transport that, once the event is set, deletes the record after the next answer."""
    armed = asyncio.Event()

    async def hook(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if armed.is_set():
            armed.clear()
            fake.state.delete(collection, ident)
        return response

    return armed, Tap(fake, hook)


def with_data(response: httpx.Response, data: list[Any]) -> httpx.Response:
    headers = {"x-pagination": response.headers["x-pagination"]}
    return httpx.Response(response.status_code, headers=headers, json={"data": data})


async def test_a_row_marked_deleted_is_live_again_when_the_record_comes_back_unchanged(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    # bin_inventory rows have no id: a row is keyed by its content, so a stock level
    # that goes 10 -> 11 -> 10 brings the first row back exactly as it was.
    stock = {"now": "10.00000"}

    async def hook(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        rows_ = [{**r, "quantity_in_stock": stock["now"]} for r in response.json()["data"]]
        return with_data(response, rows_)

    def live() -> list[str]:
        found = rows(Path(db.path), "bin_inventory").values()
        return [json.loads(data)["quantity_in_stock"] for data, _, deleted in found if not deleted]

    async with fake.client(transport=Tap(fake, hook)) as client:
        for level in ("10.00000", "11.00000", "10.00000"):
            stock["now"] = level
            await mirror(client, db, resources=["bin_inventory"])
            assert live() == [level]


async def test_a_webhook_copy_newer_than_the_walks_page_is_not_marked_vanished(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    newer: dict[str, Any] = {}

    async def hook(request: httpx.Request, response: httpx.Response) -> httpx.Response:
        if "ids" in request.url.params and newer:
            return with_data(response, [newer])
        if race.is_set() and "ids" not in request.url.params:
            # The walk has read price list 1; it changes and its webhook copies the
            # newer version before the walk writes the older page.
            race.clear()
            first = response.json()["data"][0]
            newer.update(first, name="Renamed", updated_at="2030-01-01T00:00:00.000Z")
            await handler(parse_webhook_event(delivery("price_list.updated", first["id"])))
        return response

    race = asyncio.Event()
    async with fake.client(transport=Tap(fake, hook)) as client:
        handler = mirror_webhook_handler(client, db)
        await mirror(client, db, resources=["price_lists"])
        race.set()
        report = await mirror(client, db, resources=["price_lists"])
    data, _, deleted_at = rows(path, "price_lists")[str(newer["id"])]
    assert report.vanished == {"price_lists": 0}
    assert (json.loads(data)["name"], deleted_at) == ("Renamed", None)


async def test_a_whole_walk_of_a_list_that_shrank_under_it_marks_nothing_vanished(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    shrink, transport = deleting_once(fake, "inventory", 1)  # once page 1 is read

    def deleted() -> list[str]:
        return sorted(k for k, v in rows(path, "inventory").items() if v[2] is not None)

    async with fake.client(transport=transport) as client:
        await mirror(client, db, resources=["inventory"], page_size=1)
        shrink.set()
        # Inventory 2 moves up onto page 1, already read: this walk never sees it.
        during = await mirror(client, db, resources=["inventory"], page_size=1)
        assert deleted() == []
        after = await mirror(client, db, resources=["inventory"], page_size=1)
    assert (during.vanished, after.vanished) == ({"inventory": 0}, {"inventory": 1})
    assert deleted() == ["1"]


def test_a_worker_whose_lease_was_taken_over_writes_nothing(db: SQLiteDatabase) -> None:
    db.claim("products", 1)
    db.claim("products", 2)  # another worker took the lease over
    with pytest.raises(LeaseLostError):
        db.apply("products", [], db.load_cursor("products"), walk=1, fence=1)
    with pytest.raises(LeaseLostError):
        db.claim("products", 1)


# --- webhooks --------------------------------------------------------------------------


def delivery(action: str, ident: int) -> bytes:
    kind = action.split(".")[0]
    return json.dumps(
        {
            "resource_type": kind,
            "action": action,
            "webhook_id": 1,
            "object": {
                "id": ident,
                "status": "x",
                "href": f"https://api.katanamrp.com/v1/{kind}s/{ident}",
            },
        }
    ).encode()


async def test_webhook_handler_upserts_the_record_once_and_marks_deletions(
    fake: FakeKatana, db: SQLiteDatabase
) -> None:
    path = Path(db.path)
    async with fake.client() as client:
        await mirror(client, db, resources=["products"])
        handler = mirror_webhook_handler(client, db)
        fake.state.update("products", 5, {"name": "Hooked"})
        updated = parse_webhook_event(delivery("product.updated", 5))
        await handler(updated)
        assert json.loads(rows(path, "products")["5"][0])["name"] == "Hooked"
        before = rows(path, "products")
        await handler(
            parse_webhook_event(delivery("product.updated", 5), {"X-Katana-Retry-Num": "1"})
        )
        assert rows(path, "products") == before  # a resend changes nothing
        fake.state.delete("products", 6)
        await handler(parse_webhook_event(delivery("product.deleted", 6)))
        report = await mirror(client, db, resources=["products"])
    assert rows(path, "products")["6"][2] is not None
    assert report.copied == {"products": 0}  # the run finds the webhook's copy current


# --- the command -----------------------------------------------------------------------


def test_command_lists_the_resources(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["mirror", "--list"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 53
    assert "products\tgetAllProducts\tchanges" in lines
    assert "inventory\tgetAllInventoryPoint\twhole" in lines


def test_command_refuses_an_unknown_resource(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KATANA_API_KEY", "k")
    status = main(["mirror", "--database", str(tmp_path / "m.sqlite"), "--resource", "nope"])
    assert status == 2
    assert "no resource 'nope'" in capsys.readouterr().err


# --- progress --------------------------------------------------------------------------


class Terminal:
    def isatty(self) -> bool:
        return True


def test_progress_is_a_live_display_on_a_terminal_and_log_lines_otherwise() -> None:
    plain = progress_for(io.StringIO())
    live = progress_for(Terminal())
    try:
        assert isinstance(plain, LogProgress)
        assert isinstance(live, RichProgress)
        live.start("products")
        live.page("products", number=1, fetched=250, copied=250, total_pages=2)
        live.finish("products", copied=250)
    finally:
        plain.close()
        live.close()


@pytest.mark.slow  # waits out the fake's rate-limit window
async def test_log_lines_count_pages_records_and_rate_limit_waits(
    db: SQLiteDatabase, caplog: pytest.LogCaptureFixture
) -> None:
    fake = FakeKatana(rate_limit=RateLimit(limit=2, window=1.0))
    fake.state.add_products(PRODUCTS)
    progress = LogProgress(every=1)
    caplog.set_level(logging.INFO, logger="katana_client.mirror")
    async with fake.client(retry=True) as client:
        await mirror(client, db, resources=["products"], progress=progress)
    progress.close()
    lines = [r.getMessage() for r in caplog.records if r.name == "katana_client.mirror"]
    assert lines[2].startswith("products: page 3 of 3, 603 records read, ")
    assert int(lines[2].split(", ")[-1].split()[0]) >= 1  # the fake's 429s were counted
    assert lines[-1] == "products: 603 records copied"
