"""The mirror's databases: SQLite (the standard library's) and PostgreSQL (psycopg 3).

One table per feed, with the record's JSON as Katana sent it and indexed columns
for what queries filter on::

    id          TEXT PRIMARY KEY   Katana's id (a digest of the record if it has none)
    data        TEXT / json        the record, as Katana sent it
    updated_at  TEXT               as sent (ISO 8601), indexed
    deleted_at  TEXT               as sent; set by the mirror when a record is gone
    hash        TEXT               digest of `data`: unchanged records are not written
    walk        INTEGER            the walk that last saw the row

and one table `katana_mirror_cursors` (feed name, cursor JSON, fencing number). A page
is applied in one transaction: its changed rows and the feed's cursor together, so a
run that stops resumes the walk the cursor names (from its page 1). The cursor update
checks the fencing number of the worker's lease: a worker whose lease lapsed and was
taken over cannot write a page (its transaction is rolled back).
"""

from __future__ import annotations

import datetime
import re
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Final, Protocol

from katana_client._errors import KatanaConfigError, LeaseLostError

from ._changes import MAX_CURSOR_BYTES, Cursor, Row

__all__ = ["Database", "PostgresDatabase", "SQLiteDatabase", "open_database"]

CURSORS: Final = "katana_mirror_cursors"
_TABLE: Final = re.compile(r"^[a-z][a-z0-9_]{0,62}$")


class Database(Protocol):
    """What the mirror needs from a database."""

    def load_cursor(self, feed: str) -> Cursor:
        """The feed's stored cursor; `Cursor()` if none."""
        ...

    def claim(self, feed: str, fence: int) -> Cursor:
        """Raise the feed's fencing number to `fence` and read its cursor, in one
        transaction: from then on a worker with a smaller number writes nothing.
        Raises `LeaseLostError` if a larger number holds it already."""
        ...

    def apply(
        self, feed: str, rows: Sequence[Row], cursor: Cursor | None, *, walk: int, fence: int = 0
    ) -> int:
        """Write the changed rows and the cursor (unless None) in one transaction;
        return how many rows were written. Raises `LeaseLostError` if a larger fence
        wrote the cursor since."""
        ...

    def mark_deleted(self, feed: str, key: str) -> bool:
        """Mark one row deleted (now); whether it was not already."""
        ...

    def close_walk(self, feed: str, cursor: Cursor, *, walk: int, fence: int = 0) -> int:
        """Mark the rows an older walk saw as deleted and store the cursor; return
        how many were marked (for feeds read whole)."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...


def _table(name: str) -> str:
    if not _TABLE.match(name):
        raise KatanaConfigError(f"not a table name: {name!r}")
    return f'"{name}"'


def _now() -> str:
    return datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")


class _SQL:
    """The statements, for one engine's placeholder and JSON column type."""

    p = "?"
    json_type = "TEXT"
    # A stored cursor is read up to one byte past the cap, as bytes: SQLite's text may
    # hold anything, and a large value is refused without being read whole.
    state = f"substr(CAST(state AS BLOB), 1, {MAX_CURSOR_BYTES + 1})"

    def __init__(self) -> None:
        self._made: set[str] = set()
        self._lock = threading.Lock()

    def transaction(self) -> AbstractContextManager[Any]:
        """A transaction on the engine's connection (each engine has its own)."""
        raise NotImplementedError

    def _ensure(self, feed: str) -> str:
        """The feed's table, made (in a transaction of its own) on first use."""
        table = _table(feed)
        if feed in self._made:
            return table
        with self.transaction() as db:
            db.execute(
                f"CREATE TABLE IF NOT EXISTS {table} (id TEXT PRIMARY KEY, "
                f"data {self.json_type} NOT NULL, updated_at TEXT, deleted_at TEXT, "
                "hash TEXT NOT NULL, walk INTEGER NOT NULL)"
            )
            for column in ("updated_at", "deleted_at"):
                db.execute(f'CREATE INDEX IF NOT EXISTS "{feed}_{column}" ON {table} ({column})')
        self._made.add(feed)
        return table

    def claim(self, feed: str, fence: int) -> Cursor:
        p = self.p
        with self.transaction() as db:
            db.execute(
                f"INSERT INTO {CURSORS} (feed, state, fence) VALUES ({p}, {p}, {p}) "
                "ON CONFLICT (feed) DO NOTHING",
                (feed, Cursor().to_json().decode(), fence),
            )
            db.execute(
                f"UPDATE {CURSORS} SET fence = {p} WHERE feed = {p} AND fence <= {p}",
                (fence, feed, fence),
            )
            row = db.execute(
                f"SELECT {self.state}, fence FROM {CURSORS} WHERE feed = {p}", (feed,)
            ).fetchone()
        if row is not None and int(row[1]) > fence:
            raise LeaseLostError(f"a worker with a newer lease holds {feed!r}")
        return self._cursor(feed, row[0] if row else None)

    def load_cursor(self, feed: str) -> Cursor:
        with self.transaction() as db:
            row = db.execute(
                f"SELECT {self.state} FROM {CURSORS} WHERE feed = {self.p}", (feed,)
            ).fetchone()
        return self._cursor(feed, row[0] if row else None)

    def _cursor(self, feed: str, data: bytes | str | None) -> Cursor:
        entry = f"its row of {CURSORS} and every row of the table {_table(feed)}"
        return Cursor.from_json(data, feed=feed, store=repr(self), entry=entry)

    def apply(
        self, feed: str, rows: Sequence[Row], cursor: Cursor | None, *, walk: int, fence: int = 0
    ) -> int:
        p = self.p
        table = self._ensure(feed)
        with self.transaction() as db:
            if cursor is not None:
                self._save_cursor(db, feed, cursor, fence)
            if not rows:
                return 0
            # One row per key (a page may list a record twice); the last one wins.
            rows = list({r.key: r for r in rows}.values())
            keys = [r.key for r in rows]
            marks = ", ".join([p] * len(rows))
            found = db.execute(
                f"SELECT id, hash, deleted_at FROM {table} WHERE id IN ({marks})", keys
            ).fetchall()
            known = {key: digest for key, digest, _ in found}
            dead = {key for key, _, deleted_at in found if deleted_at is not None}
            changed = {r.key: r for r in rows if known.get(r.key) != r.hash}
            if changed:
                db.executemany(
                    f"INSERT INTO {table} (id, data, updated_at, deleted_at, hash, walk) "
                    f"VALUES ({p}, {p}, {p}, {p}, {p}, {p}) ON CONFLICT (id) DO UPDATE SET "
                    "data = excluded.data, updated_at = excluded.updated_at, "
                    "deleted_at = excluded.deleted_at, hash = excluded.hash, walk = excluded.walk "
                    # Never back in time: a page read before a webhook wrote a newer
                    # version of the record does not overwrite it.
                    f"WHERE {table}.updated_at IS NULL OR excluded.updated_at IS NULL "
                    f"OR excluded.updated_at >= {table}.updated_at",
                    [
                        (r.key, r.json, r.updated_at, r.deleted_at, r.hash, walk)
                        for r in changed.values()
                    ],
                )
            # A record the walk saw exists: a row marked deleted (a vanished record
            # back, a key the walk missed) is live again whatever its hash, and every
            # row of the page is the walk's, even one a newer webhook copy kept (a new
            # row has the walk's number already).
            back = [
                r.key for r in rows if r.key in dead and not r.deleted_at and r.key not in changed
            ]
            self._where(db, table, "deleted_at = NULL", [], back)
            self._where(db, table, f"walk = {p}", [walk], [key for key in keys if key in known])
            return len(changed)

    def _where(self, db: Any, table: str, sets: str, values: list[Any], keys: list[str]) -> None:
        """`UPDATE table SET sets WHERE id IN keys` (nothing for no keys)."""
        if keys:
            marks = ", ".join([self.p] * len(keys))
            db.execute(f"UPDATE {table} SET {sets} WHERE id IN ({marks})", [*values, *keys])

    def mark_deleted(self, feed: str, key: str) -> bool:
        """Set `deleted_at` on the row `key` if it is not yet; whether it was."""
        p = self.p
        table = self._ensure(feed)
        with self.transaction() as db:
            marked = db.execute(
                f"UPDATE {table} SET deleted_at = {p} WHERE id = {p} AND deleted_at IS NULL",
                (_now(), key),
            )
            return bool(marked.rowcount)

    def close_walk(self, feed: str, cursor: Cursor, *, walk: int, fence: int = 0) -> int:
        p = self.p
        table = self._ensure(feed)
        with self.transaction() as db:
            self._save_cursor(db, feed, cursor, fence)
            marked = db.execute(
                f"UPDATE {table} SET deleted_at = {p}, walk = {p} "
                f"WHERE walk < {p} AND deleted_at IS NULL",
                (_now(), walk, walk),
            )
            return int(marked.rowcount)

    def _save_cursor(self, db: Any, feed: str, cursor: Cursor, fence: int) -> None:
        p = self.p
        state = cursor.to_json(feed=feed, store=repr(self)).decode()
        updated = db.execute(
            f"UPDATE {CURSORS} SET state = {p}, fence = {p} WHERE feed = {p} AND fence <= {p}",
            (state, fence, feed, fence),
        )
        if updated.rowcount:
            return
        taken = db.execute(
            f"INSERT INTO {CURSORS} (feed, state, fence) VALUES ({p}, {p}, {p}) "
            "ON CONFLICT (feed) DO NOTHING",
            (feed, state, fence),
        )
        if not taken.rowcount:
            raise LeaseLostError(
                f"a worker with a newer lease wrote {feed!r}: this one's lease lapsed"
            )


_CURSORS_DDL: Final = (
    f"CREATE TABLE IF NOT EXISTS {CURSORS} "
    "(feed TEXT PRIMARY KEY, state TEXT NOT NULL, fence BIGINT NOT NULL)"
)


class SQLiteDatabase(_SQL):
    """A mirror in one SQLite file (WAL journal: readers do not block the mirror).

    Args:
        path: The database file; made if missing.
    """

    def __init__(self, path: str) -> None:
        """Open (or create) the file."""
        super().__init__()
        self.path = path
        # Used from one worker thread at a time (the mirror hands each page to a
        # thread), under the lock.
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("PRAGMA busy_timeout=30000")
        self._db.execute(_CURSORS_DDL)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on an exception."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __repr__(self) -> str:
        return f"SQLiteDatabase({self.path!r})"


class PostgresDatabase(_SQL):
    """A mirror in PostgreSQL, in its own schema. Needs the `[postgres]` extra (psycopg 3).

    Args:
        dsn: A libpq connection string or URL (`postgresql://user@host/db`); kept
            out of `repr` and error messages (it may hold a password).
        schema: The schema the tables go in; made if missing.
    """

    p = "%s"
    json_type = "json"  # json, not jsonb: keeps the text as Katana sent it
    state = f"substr(state, 1, {MAX_CURSOR_BYTES + 1})"  # characters: 4 bytes at most

    def __init__(self, dsn: str, *, schema: str = "katana") -> None:
        """Connect, and make the schema and the cursors table."""
        super().__init__()
        try:
            import psycopg  # noqa: PLC0415 (optional dependency)
        except ImportError:
            raise KatanaConfigError(
                "the PostgreSQL mirror needs psycopg 3: pip install 'katana-client[postgres]'"
            ) from None
        _table(schema)
        self.schema = schema
        try:
            self._db = psycopg.connect(dsn, autocommit=True)
        except psycopg.Error as exc:
            raise KatanaConfigError(
                f"could not connect to PostgreSQL ({type(exc).__name__})"
            ) from None
        self._db.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        self._db.execute(f'SET search_path TO "{schema}"')
        self._db.execute(_CURSORS_DDL)

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One transaction (psycopg's `transaction()`), rolled back on an exception."""
        with self._lock, self._db.transaction():
            yield self._db.cursor()

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __repr__(self) -> str:
        return f"PostgresDatabase(schema={self.schema!r})"


def open_database(target: str) -> SQLiteDatabase | PostgresDatabase:
    """A mirror database: a `postgresql://` (or `postgres://`) URL, else an SQLite file."""
    if target.startswith(("postgresql://", "postgres://")):
        return PostgresDatabase(target)
    return SQLiteDatabase(target)
