"""Records changed since a watermark, page by page, and the position to resume from.

A walk of an incremental feed (its list takes `updated_at_min`) asks for the records
updated since the last complete walk began, less an `overlap` against clock skew
between this machine and Katana. The overlap returns again some records the last walk
already delivered: those that come with the `updated_at` they had then are dropped,
and the rest are changes. A walk of any other feed reads the whole list; what changed
is found by the caller, which compares content hashes (see `Row.hash`).

Each page comes with the `Cursor` that holds once the page is applied: the walk under
way (its start and number), and the new watermark only after its last page. A walk
that stops half way is resumed from page 1 of the same query (same `updated_at_min`),
not from the page it stopped on: the list may have shifted since (a record deleted
from an earlier page moves the others up), and a record that moved onto a page
already read would never be asked for again. The pages read before the stop come
again; their records are delivered twice, never not at all. For the same reason a
walk during which the list shrank (a page's `X-Pagination` `total_records` below an
earlier page's) leaves the watermark where it was. Pages are Katana's list order.
"""

from __future__ import annotations

import datetime
import hashlib
from collections.abc import AsyncIterator, Callable, Mapping
from typing import Annotated, Any, Final

import attrs
import msgspec
from attrs import field, frozen

from katana_client._errors import KatanaPaginationError, WatermarkInvalidError
from katana_client._runtime import SupportsAsyncHTTPX, dumps, loads
from katana_client.resilience import PaginationInfo, pages

from ._feeds import Feed

__all__ = ["DEFAULT_OVERLAP", "MAX_CURSOR_BYTES", "ChangePage", "Cursor", "Row", "steady", "walk"]

#: How far before the last walk's start the next walk asks from: longer than the clock
#: difference between this machine and Katana's can ever be.
DEFAULT_OVERLAP = datetime.timedelta(minutes=5)

#: The largest cursor a store keeps and loads. A cursor holds a few fields and a map of
#: record keys, 46 bytes a record: those updated inside the overlap, or for `ChangeFeed`
#: on a list read whole, every record of the list (about 1.4 million fit).
MAX_CURSOR_BYTES: Final = 64 * 1024 * 1024

Clock = Callable[[], datetime.datetime]


def utc_now() -> datetime.datetime:
    """The current time, in UTC."""
    return datetime.datetime.now(datetime.UTC)


def _iso(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).isoformat(timespec="microseconds")


def _moment(text: str) -> datetime.datetime | None:
    try:
        parsed = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


@frozen
class Cursor:
    """Where a feed stands: the watermark, and the unfinished walk if there is one.

    Attributes:
        since: When the last complete walk began (ISO 8601, this machine's clock);
            None before the first. The next walk of an incremental feed asks for
            `updated_at_min = since - overlap`.
        recent: `updated_at` of each record (by key) the last complete walk saw
            updated inside the overlap: what the next walk drops as already delivered.
            (`ChangeFeed` keeps the content hash of each record here for the lists
            read whole.)
        started: When the unfinished walk began; None when no walk is under way.
        page: The page after the last one the unfinished walk applied (for progress;
            a resumed walk starts again from page 1).
        walk_recent: `recent` of the unfinished walk, so far.
        walks: How many walks have begun; a whole walk marks the rows it saw with
            it, so rows left with an older number are gone from Katana.
    """

    since: str | None = None
    recent: Mapping[str, str] = field(factory=dict)
    started: str | None = None
    page: int = 1
    walk_recent: Mapping[str, str] = field(factory=dict)
    walks: int = 0

    def to_json(self, *, feed: str = "", store: str = "the store") -> bytes:
        """The cursor as JSON, for `store` to keep as the watermark of `feed`.

        Raises:
            WatermarkInvalidError: It is larger than `MAX_CURSOR_BYTES`, so no store
                could load it again.
        """
        data = dumps(attrs.asdict(self))
        if len(data) > MAX_CURSOR_BYTES:
            raise WatermarkInvalidError(
                f"the watermark of {feed!r} would be {len(data)} bytes, more than the "
                f"{MAX_CURSOR_BYTES} a store keeps (ChangeFeed cannot compare a list this "
                f"long by content; mirror() into a database can); {store} keeps the "
                "one it had",
                feed=feed,
                store=store,
            )
        return data

    @classmethod
    def from_json(
        cls,
        data: bytes | str | None,
        *,
        feed: str = "",
        store: str = "the store",
        entry: str = "it",
    ) -> Cursor:
        """The cursor `to_json` wrote; a new one for None (nothing stored).

        `feed`, `store` and `entry` (what to delete to start the feed again) are for the
        error's message.

        Raises:
            WatermarkInvalidError: `data` is larger than `MAX_CURSOR_BYTES`, not UTF-8
                JSON, or not an object with the cursor's fields, each of its type.
        """
        if data is None:
            return cls()
        blob = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
        try:
            if len(blob) > MAX_CURSOR_BYTES:
                raise ValueError(f"it is larger than {MAX_CURSOR_BYTES} bytes")
            stored = _read_cursor(blob)
            for name in ("since", "started"):
                moment = getattr(stored, name)
                if moment is not None and _moment(moment) is None:
                    raise ValueError(f"`{name}` is not an ISO 8601 time - at `$.{name}`")
        except ValueError as exc:  # msgspec's DecodeError and ValidationError too
            raise unusable(str(exc), feed=feed, store=store, entry=entry) from None
        return cls(**msgspec.structs.asdict(stored))


def unusable(problem: str, *, feed: str, store: str, entry: str) -> WatermarkInvalidError:
    """The error for a stored cursor that cannot be used: `problem` says why, `entry`
    what to delete to start the feed again."""
    return WatermarkInvalidError(
        f"the watermark of {feed!r} in {store} cannot be used: {problem}. Nothing was "
        f"walked. If it cannot be repaired, delete {entry}: the next walk starts again "
        "from the first page and delivers every record once more",
        feed=feed,
        store=store,
    )


class _Stored(msgspec.Struct, forbid_unknown_fields=True):
    """The fields of a stored cursor, each required and of its type."""

    since: str | None
    recent: dict[str, str]
    started: str | None
    page: Annotated[int, msgspec.Meta(ge=1)]
    walk_recent: dict[str, str]
    walks: Annotated[int, msgspec.Meta(ge=0)]


_read_cursor = msgspec.json.Decoder(_Stored).decode


class _Marks(msgspec.Struct):
    """The fields of a record the mirror indexes; msgspec skips the others unread."""

    id: Any = None
    updated_at: Any = None
    deleted_at: Any = None


_read_marks = msgspec.json.Decoder(_Marks).decode
_read_list = msgspec.json.Decoder(list[msgspec.Raw]).decode
_read_object = msgspec.json.Decoder(dict[str, msgspec.Raw]).decode


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


@frozen
class Row:
    """One record of a page, as Katana sent it.

    Attributes:
        key: Katana's `id` as text, or for a record without one a digest of its JSON.
        record: The typed model the endpoint parsed.
        json: The record's JSON text, byte for byte as Katana sent it.
        hash: A digest of `json`: equal hashes, equal records.
        updated_at: The record's `updated_at`, as sent; None when it has none.
        deleted_at: The record's `deleted_at`, as sent; None while it exists.
    """

    key: str
    record: Any
    json: str
    hash: str
    updated_at: str | None
    deleted_at: str | None

    @property
    def raw(self) -> Any:
        """The record's JSON decoded (decimals as `Decimal`), made when asked for."""
        return loads(self.json)

    @classmethod
    def of(cls, record: Any, text: bytes) -> Row:
        """The row of a record: its model and its JSON text as sent."""
        digest = hashlib.blake2b(text, digest_size=16).hexdigest()
        try:
            marks = _read_marks(text)
        except msgspec.ValidationError:  # not an object: a value of a bare array
            marks = _Marks()
        return cls(
            key=digest if marks.id is None else str(marks.id),
            record=record,
            json=text.decode(),
            hash=digest,
            updated_at=_text(marks.updated_at),
            deleted_at=_text(marks.deleted_at),
        )


@frozen
class ChangePage:
    """One page of a walk: its rows, and the cursor that holds once it is applied.

    Attributes:
        number: The page number; 0 for the walk's closing page.
        rows: The page's records, less those the overlap brought back unchanged.
        cursor: What to store once the rows are applied.
        done: True for the closing page, which has no rows: the walk is complete and
            `cursor` carries the new watermark.
        walk: The walk's number (`Cursor.walks`); rows seen are marked with it.
        info: Katana's `X-Pagination` of the page (total records and pages).
        fetched: How many records the page had, those dropped included.
    """

    number: int
    rows: list[Row]
    cursor: Cursor
    done: bool = False
    walk: int = 0
    info: PaginationInfo | None = None
    fetched: int = 0


def steady(totals: set[int | None], read: int) -> bool:
    """Whether a whole walk read the list as one: every page gave the same total (or
    none), which is the number of records read. A list that changed under the walk
    may have shifted a record onto a page already read; its rows are not marked
    vanished this time (the next walk does)."""
    if len(totals) > 1:
        return False
    total = next(iter(totals), None)
    return total is None or total == read


def _raw_items(content: bytes, count: int, operation: str, page: int) -> list[bytes]:
    """The JSON text of each record of a page, cut from the body without decoding it,
    one for each record the endpoint parsed (from either envelope, or a lone object)."""
    body = content.strip()
    items: list[msgspec.Raw] = []
    try:
        if body.startswith(b"["):
            items = _read_list(body)
        elif body:
            envelope = _read_object(body)
            data = envelope.get("data")
            items = _read_list(data) if data is not None else [msgspec.Raw(body)]
    except (msgspec.DecodeError, msgspec.ValidationError):
        items = []
    if len(items) != count:
        raise KatanaPaginationError(
            "the page's body does not hold the records it was read as",
            operation=operation,
            page=page,
        )
    return [bytes(item) for item in items]


async def walk(
    client: SupportsAsyncHTTPX,
    feed: Feed,
    cursor: Cursor,
    *,
    overlap: datetime.timedelta = DEFAULT_OVERLAP,
    page_size: int | None = None,
    remember_recent: bool = True,
    now: Clock = utc_now,
) -> AsyncIterator[ChangePage]:
    """Walk `feed` from `cursor`: its pages, then a closing page with the new watermark.

    Args:
        client: The `KatanaClient` (its retries and rate limit apply to every page).
        feed: The resource.
        cursor: Where the feed stands (`Cursor()` for a first walk).
        overlap: How far before the last walk's start to ask from.
        page_size: Records per page (default: the pager's, 250).
        remember_recent: Keep `Cursor.recent` to drop what the overlap returns again.
            A caller that compares hashes itself (the mirror) passes False.
        now: The clock that stamps the walk's start.
    """
    started = cursor.started or _iso(now())
    walks = cursor.walks if cursor.started else cursor.walks + 1
    recent = dict(cursor.walk_recent) if cursor.started else {}
    params: dict[str, Any] = {}
    if feed.soft_deletes:
        params["include_deleted"] = True
    since = _moment(cursor.since) if feed.incremental and cursor.since else None
    if since is not None:
        params["updated_at_min"] = since - overlap
    floor = _moment(started)
    keep_from = None if floor is None else floor - overlap
    most, shrank = 0, False  # the largest X-Pagination total_records; one was smaller
    async for page in pages(feed.endpoint, client=client, page_size=page_size, **params):
        raw = _raw_items(page.response.content, len(page.items), feed.operation, page.number)
        rows: list[Row] = []
        for record, body in zip(page.items, raw, strict=True):
            row = Row.of(record, body)
            if feed.incremental and remember_recent and row.updated_at is not None:
                stamp = _moment(row.updated_at)
                if stamp is not None and keep_from is not None and stamp >= keep_from:
                    recent[row.key] = row.updated_at
                if cursor.recent.get(row.key) == row.updated_at:
                    continue  # the overlap brought it back as it was delivered
            rows.append(row)
        total = page.info.total_records if page.info else None
        if total is not None:
            shrank, most = shrank or total < most, max(most, total)
        after = attrs.evolve(
            cursor, started=started, page=page.number + 1, walk_recent=dict(recent), walks=walks
        )
        yield ChangePage(
            number=page.number,
            rows=rows,
            cursor=after,
            walk=walks,
            info=page.info,
            fetched=len(page.items),
        )
    # A list that shrank under the walk may have moved a record onto a page already
    # read: the watermark stays where it was, and the next walk asks for it again.
    closed = Cursor(since=cursor.since if shrank else started, recent=recent, walks=walks)
    yield ChangePage(number=0, rows=[], cursor=closed, done=True, walk=walks)
