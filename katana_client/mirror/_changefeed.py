"""`ChangeFeed`: the records of a Katana account that changed since the last time."""

from __future__ import annotations

import datetime
import os
from collections.abc import AsyncGenerator
from typing import Any

import attrs
from attrs import frozen

from katana_client._errors import WatermarkBusyError
from katana_client._runtime import SupportsAsyncHTTPX

from ._changes import DEFAULT_OVERLAP, Clock, steady, utc_now, walk
from ._feeds import Feed, feed
from ._store import FileWatermarkStore, WatermarkStore

__all__ = ["Change", "ChangeFeed"]


@frozen
class Change:
    """A record that changed since the watermark.

    Attributes:
        feed: The resource (`products`).
        key: Katana's `id` as text (a digest of the record for lists without ids).
        record: The typed model; None when the record is gone.
        raw: The record's JSON as Katana sent it, decoded (decimals as `Decimal`);
            an empty dict when it is gone.
        deleted: Katana marked it deleted (`deleted_at`), or a whole walk no longer
            found it.
    """

    feed: str
    key: str
    record: Any
    raw: Any
    deleted: bool


class ChangeFeed:
    """What changed in an account since the last walk, resource by resource.

    Example::

        changes = ChangeFeed(client, ".katana-watermarks")
        async for change in changes.since_last("products"):
            print(change.key, change.deleted, change.record)

    The watermark moves only when a walk is complete: if the loop stops early (an
    exception, a crash, a `break`), the next call walks the same query again from
    page 1 (the list may have shifted since), and delivers again the records of the
    pages read before, so no change is ever skipped (a change may come twice, never
    not at all).

    Args:
        client: The `KatanaClient`.
        store: A `WatermarkStore`, or a folder for a `FileWatermarkStore`.
        overlap: How far before the last walk's start each walk asks from.
        page_size: Records per page (default 250).
        now: The clock that stamps each walk's start.
    """

    def __init__(
        self,
        client: SupportsAsyncHTTPX,
        store: WatermarkStore | str | os.PathLike[str],
        *,
        overlap: datetime.timedelta = DEFAULT_OVERLAP,
        page_size: int | None = None,
        now: Clock = utc_now,
    ) -> None:
        """Read changes with `client`, keeping watermarks in `store`."""
        self._client = client
        self.store = (
            store if not isinstance(store, str | os.PathLike) else FileWatermarkStore(store)
        )
        self.overlap = overlap
        self.page_size = page_size
        self._now = now

    async def since_last(self, resource: str | Feed) -> AsyncGenerator[Change, None]:
        """The changes of `resource` (`products`, or a `Feed`) since the last walk.

        Lists that take `updated_at_min` are asked for what changed only; the others
        are read whole and compared with the content hashes the last walk kept (a
        record no longer listed comes as a deletion).

        Raises:
            WatermarkBusyError: Another worker is walking this resource now.
            LeaseLostError: This worker's lease lapsed (a page took longer than the
                store's lease) and another took over: stop, it goes on.
        """
        chosen = resource if isinstance(resource, Feed) else feed(resource)
        lease = await self.store.try_lease(chosen.name)
        if lease is None:
            raise WatermarkBusyError(f"another worker is walking {chosen.name!r} now")
        try:
            cursor = await self.store.load(chosen.name)
            hashes: dict[str, str] = {}
            if not chosen.incremental:
                # A whole walk starts over: its changes are what differs from the hashes.
                cursor = attrs.evolve(cursor, started=None, page=1)
                hashes = dict(cursor.recent)
            seen: dict[str, str] = {}
            totals: set[int | None] = set()  # each page's X-Pagination total_records
            read = 0
            async for page in walk(
                self._client,
                chosen,
                cursor,
                overlap=self.overlap,
                page_size=self.page_size,
                remember_recent=chosen.incremental,
                now=self._now,
            ):
                for row in page.rows:
                    if not chosen.incremental:
                        seen[row.key] = row.hash
                        if hashes.get(row.key) == row.hash:
                            continue
                    yield Change(
                        chosen.name, row.key, row.record, row.raw, row.deleted_at is not None
                    )
                if chosen.incremental:
                    await self.store.save(chosen.name, page.cursor, lease)
                elif not page.done:
                    totals.add(page.info.total_records if page.info else None)
                    read += page.fetched
                    await lease.renew()  # the walk holds it until its one save, at the end
                else:
                    for key in _vanished(hashes, seen, steady(totals, read)):
                        yield Change(chosen.name, key, None, {}, True)
                    await self.store.save(
                        chosen.name, attrs.evolve(page.cursor, recent=seen), lease
                    )
        finally:
            await lease.release()

    def __repr__(self) -> str:
        return f"<ChangeFeed {self.store!r}>"


def _vanished(hashes: dict[str, str], seen: dict[str, str], steady_walk: bool) -> list[str]:
    """The keys the last walk kept that this one did not see: deletions if this walk
    read the list as one. If the list changed under it, a record not seen may have
    moved onto a page already read: they are kept in `seen` for the next walk."""
    missing = [key for key in hashes if key not in seen]
    if steady_walk:
        return missing
    seen.update((key, hashes[key]) for key in missing)
    return []
