"""`mirror`: copy an account into a database, and keep it current on each run."""

from __future__ import annotations

import asyncio
import datetime
from collections.abc import Iterable
from typing import Any

from attrs import define, field

from katana_client._runtime import SupportsAsyncHTTPX

from ._changes import DEFAULT_OVERLAP, ChangePage, Clock, steady, utc_now, walk
from ._db import Database
from ._feeds import Feed, feed, feeds
from ._progress import LogProgress, Progress
from ._store import Lease, WatermarkStore

__all__ = ["MirrorReport", "mirror"]


@define
class MirrorReport:
    """What a run did.

    Attributes:
        copied: Rows written per feed (new or changed records).
        read: Records read per feed.
        pages: Pages applied per feed.
        vanished: Rows marked deleted because a whole walk no longer found them.
        skipped: Feeds another worker held the lease of.
    """

    copied: dict[str, int] = field(factory=dict)
    read: dict[str, int] = field(factory=dict)
    pages: dict[str, int] = field(factory=dict)
    vanished: dict[str, int] = field(factory=dict)
    skipped: list[str] = field(factory=list)


class _NoLease:
    fence = 0

    async def renew(self) -> None:
        return None

    async def release(self) -> None:
        return None


async def mirror(
    client: SupportsAsyncHTTPX,
    database: Database,
    *,
    resources: Iterable[str | Feed] | None = None,
    leases: WatermarkStore | None = None,
    overlap: datetime.timedelta = DEFAULT_OVERLAP,
    page_size: int | None = None,
    progress: Progress | None = None,
    now: Clock = utc_now,
) -> MirrorReport:
    """Copy what changed since the last run of each resource into `database`.

    Example::

        async with KatanaClient() as client:
            db = SQLiteDatabase("katana.sqlite")
            report = await mirror(client, db, resources=["products", "sales_orders"])

    A first run copies everything; later runs read only what changed for the lists
    that take `updated_at_min` (and the whole list, written only where it changed, for
    the others). Each page is written in one transaction with the resource's cursor,
    so a run that stops goes on with the same walk, from page 1 (the list may have
    shifted since; unchanged rows are not written again).

    Args:
        client: The `KatanaClient`.
        database: `SQLiteDatabase`, `PostgresDatabase` (or `open_database(url)`).
        resources: Names (`products`) or `Feed`s; default all 53 paged lists.
        leases: A store whose per-resource leases let several workers share the
            work (`RedisWatermarkStore`): each resource is copied by the worker holding
            its lease; the others skip it. The cursors stay in the database.
        overlap: How far before the last walk's start each walk asks from.
        page_size: Records per page (default 250).
        progress: Told about each page (default: log lines).
        now: The clock that stamps each walk's start.

    Raises:
        LeaseLostError: This worker's lease lapsed and another took the resource
            over; nothing of the page it held was written.
    """
    chosen = [r if isinstance(r, Feed) else feed(r) for r in resources] if resources else feeds()
    show = progress or LogProgress()
    report = MirrorReport()
    try:
        for resource in chosen:
            lease: Lease | None = _NoLease()
            if leases is not None:
                lease = await leases.try_lease(resource.name)
            if lease is None:
                report.skipped.append(resource.name)
                show.finish(resource.name, copied=0, skipped=True)
                continue
            try:
                await _copy(
                    client, database, resource, lease, report, show, overlap, page_size, now
                )
            finally:
                await lease.release()
    finally:
        if progress is None:
            show.close()
    return report


async def _copy(
    client: SupportsAsyncHTTPX,
    database: Database,
    resource: Feed,
    lease: Lease,
    report: MirrorReport,
    show: Progress,
    overlap: datetime.timedelta,
    page_size: int | None,
    now: Clock,
) -> None:
    name = resource.name
    cursor = await asyncio.to_thread(database.claim, name, lease.fence)
    show.start(name)
    report.copied[name] = report.read[name] = report.pages[name] = 0
    # A page is written (in a thread) while the next one is fetched; pages are still
    # written one after the other, in order, each after the lease was renewed.
    writing: asyncio.Future[int] | None = None
    written_page: ChangePage | None = None
    totals: set[int | None] = set()  # each page's X-Pagination total_records
    try:
        async for page in walk(
            client,
            resource,
            cursor,
            overlap=overlap,
            page_size=page_size,
            remember_recent=False,  # the table's hashes tell what is new
            now=now,
        ):
            if writing is not None and written_page is not None:
                _count(report, show, name, written_page, await writing)
                writing = None
            await lease.renew()
            if page.done:
                if not resource.incremental:
                    report.vanished[name] = 0
                if not resource.incremental and steady(totals, report.read[name]):
                    report.vanished[name] = await asyncio.to_thread(
                        database.close_walk, name, page.cursor, walk=page.walk, fence=lease.fence
                    )
                else:
                    await asyncio.to_thread(
                        database.apply, name, [], page.cursor, walk=page.walk, fence=lease.fence
                    )
                break
            totals.add(page.info.total_records if page.info else None)
            written_page = page
            writing = asyncio.ensure_future(
                asyncio.to_thread(
                    database.apply, name, page.rows, page.cursor, walk=page.walk, fence=lease.fence
                )
            )
    finally:
        if writing is not None:  # the walk failed while a page was being written
            await asyncio.shield(writing)
    show.finish(name, copied=report.copied[name])


def _count(report: MirrorReport, show: Progress, name: str, page: ChangePage, written: int) -> None:
    report.copied[name] += written
    report.read[name] += page.fetched
    report.pages[name] += 1
    total: Any = page.info.total_pages if page.info else None
    show.page(name, number=page.number, fetched=page.fetched, copied=written, total_pages=total)
