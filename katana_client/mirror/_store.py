"""Where watermarks are kept between runs, and who may walk a feed.

A store keeps one `Cursor` per feed and hands out a lease per feed: the one worker
holding it walks the feed, the others leave the feed alone. `FileWatermarkStore`
(one host: a JSON file per feed, written atomically, and an advisory file lock) is the
default; `RedisWatermarkStore` serves workers on many hosts. A Redis lease expires if
its holder dies; each lease carries a fencing number that grows with every lease
taken, and a save checks that its lease is still the current one, so a holder whose
lease lapsed can neither save a cursor nor (with the mirror's database, which checks
the number in the page's transaction) write a page.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import secrets
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, Protocol

from katana_client._errors import KatanaConfigError, LeaseLostError
from katana_client.auth._providers._optional import require

from ._changes import MAX_CURSOR_BYTES, Cursor, unusable

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "FileWatermarkStore",
    "Lease",
    "RedisWatermarkStore",
    "WatermarkStore",
]

_NAME: Final = re.compile(r"^[A-Za-z0-9_.-]{1,100}$")


class Lease(Protocol):
    """A worker's hold on one feed."""

    @property
    def fence(self) -> int:
        """Grows with every lease taken on the feed; a larger number wins."""
        ...

    async def renew(self) -> None:
        """Extend the lease; raise `LeaseLostError` if it is no longer held."""
        ...

    async def release(self) -> None:
        """Give the lease up (a no-op when it already lapsed)."""
        ...


class WatermarkStore(Protocol):
    """Keeps a `Cursor` per feed, and leases feeds to workers."""

    async def load(self, name: str) -> Cursor:
        """The stored cursor of `name`; a new `Cursor()` if none.

        At most `MAX_CURSOR_BYTES` (and one more) are read; `WatermarkInvalidError` if
        what is stored is not a cursor.
        """
        ...

    async def save(self, name: str, cursor: Cursor, lease: Lease) -> None:
        """Store the cursor of `name`; `LeaseLostError` if `lease` lapsed."""
        ...

    async def try_lease(self, name: str) -> Lease | None:
        """Take the lease of `name`, or None if another worker holds it."""
        ...


def _checked(name: str) -> str:
    if not _NAME.match(name):
        raise KatanaConfigError(f"not a feed name: {name!r}")
    return name


class _FileLease:
    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @property
    def fence(self) -> int:
        return 0

    async def renew(self) -> None:
        if self._fd is None:
            raise LeaseLostError("the lease was released")

    async def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the flock
            self._fd = None


class FileWatermarkStore:
    """Cursors in a folder, one `<feed>.json` each, for the workers of one host.

    A save writes a temporary file beside the cursor, flushes it to disk and renames
    it over the old one: a crash leaves the old cursor or the new, never half of one.
    The lease is an advisory lock (`flock`) on `<feed>.lock`, dropped by the system
    when its process ends.

    Args:
        folder: Where the files go; made if missing.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        """Keep cursors under `folder`."""
        self.folder = Path(folder)

    async def load(self, name: str) -> Cursor:
        """Read `<name>.json`, a regular file of at most `MAX_CURSOR_BYTES`."""
        path = self.folder / f"{_checked(name)}.json"
        where = {"feed": name, "store": repr(self), "entry": f"the file {path}"}
        try:
            # O_NONBLOCK: opening a FIFO would otherwise wait for a writer.
            fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
        except FileNotFoundError:
            return Cursor()
        except OSError as exc:
            raise unusable(f"it cannot be opened ({exc.strerror})", **where) from None
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            os.close(fd)
            raise unusable("it is not a regular file", **where)
        with os.fdopen(fd, "rb") as file:
            data = file.read(MAX_CURSOR_BYTES + 1)
        return Cursor.from_json(data, **where)

    async def save(self, name: str, cursor: Cursor, lease: Lease) -> None:
        """Replace `<name>.json` atomically."""
        await lease.renew()
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{_checked(name)}.json"
        fd, temp = tempfile.mkstemp(dir=self.folder, prefix=f".{name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as file:
                file.write(cursor.to_json(feed=name, store=repr(self)))
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, target)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temp)
            raise

    async def try_lease(self, name: str) -> Lease | None:
        """`flock(LOCK_EX | LOCK_NB)` on `<name>.lock`."""
        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.folder / f"{_checked(name)}.lock", os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        return _FileLease(fd)

    def __repr__(self) -> str:
        return f"FileWatermarkStore({str(self.folder)!r})"


# KEYS: lease, fence counter. ARGV: owner, ttl ms. Returns the fence, or 0 if taken.
_TAKE: Final = """
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
    return redis.call('INCR', KEYS[2])
end
return 0
"""
# KEYS: lease. ARGV: owner, ttl ms.
_RENEW: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0
"""
# KEYS: lease, cursor. ARGV: owner, ttl ms, cursor JSON.
_SAVE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    redis.call('PEXPIRE', KEYS[1], ARGV[2])
    redis.call('SET', KEYS[2], ARGV[3])
    return 1
end
return 0
"""
# KEYS: cursor. ARGV: the last byte to read (GETRANGE's end is inclusive). Returns
# {type} for a key that holds no string ("none" when missing), else {"string", bytes}.
_LOAD: Final = """
local kind = redis.call('TYPE', KEYS[1])['ok']
if kind ~= 'string' then return {kind} end
return {kind, redis.call('GETRANGE', KEYS[1], 0, ARGV[1])}
"""
_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""


class _RedisLease:
    def __init__(self, store: RedisWatermarkStore, name: str, owner: str, fence: int) -> None:
        self._store = store
        self._name = name
        self._owner = owner
        self._fence = fence

    @property
    def fence(self) -> int:
        return self._fence

    async def renew(self) -> None:
        store = self._store
        held = await store._eval(_RENEW, [store._key(self._name, "lease")], self._owner, store._ttl)
        if not held:
            raise LeaseLostError(f"the lease on {self._name!r} lapsed; another worker has it")

    async def save(self, cursor: Cursor) -> None:
        store = self._store
        keys = [store._key(self._name, "lease"), store._key(self._name)]
        state = cursor.to_json(feed=self._name, store=repr(store))
        if not await store._eval(_SAVE, keys, self._owner, store._ttl, state):
            raise LeaseLostError(f"the lease on {self._name!r} lapsed; cursor not saved")

    async def release(self) -> None:
        store = self._store
        await store._eval(_RELEASE, [store._key(self._name, "lease")], self._owner)


class RedisWatermarkStore:
    """Cursors in Redis, and leases with fencing, for workers on many hosts.

    Keys, for feed `products` and the default prefix: `katana:mirror:products` (the
    cursor's JSON), `katana:mirror:products:lease` (`SET NX PX` with a random owner,
    renewed with every save), `katana:mirror:products:fence` (the fencing counter).
    Cursors hold record ids and times, no secret, so they are stored as they are.

    Needs redis-py (the `[redis]` extra).

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close), or a URL (the store
            makes a client; close it with `aclose()`).
        prefix: Key name prefix; one per Katana account.
        lease: Seconds a lease lasts without a renewal: longer than a page takes.
    """

    def __init__(
        self, redis: str | Redis, *, prefix: str = "katana:mirror", lease: float = 60.0
    ) -> None:
        """Keep cursors and leases under `prefix`."""
        require("redis", extra="redis", feature="RedisWatermarkStore")
        if lease <= 0:
            raise KatanaConfigError("lease must be positive seconds")
        self._owned = isinstance(redis, str)
        if isinstance(redis, str):
            from redis.asyncio import Redis  # noqa: PLC0415 (import cost)

            try:
                redis = Redis.from_url(redis)
            except ValueError:
                raise KatanaConfigError("RedisWatermarkStore: that is no Redis URL") from None
        self._client: Redis = redis
        self.prefix = prefix
        self._ttl = max(1, round(lease * 1000))

    def _key(self, name: str, *suffix: str) -> str:
        return ":".join((self.prefix, _checked(name), *suffix))

    async def _eval(self, script: str, keys: list[str], *args: Any) -> Any:
        return await self._client.eval(script, len(keys), *keys, *args)

    async def load(self, name: str) -> Cursor:
        """`GETRANGE` the cursor: at most `MAX_CURSOR_BYTES` and one more byte."""
        key = self._key(name)
        where = {"feed": name, "store": repr(self), "entry": f"the Redis key {key}"}
        kind, *data = await self._eval(_LOAD, [key], MAX_CURSOR_BYTES)
        kind = kind.decode() if isinstance(kind, bytes) else kind
        if kind == "none":
            return Cursor()
        if not data:
            raise unusable(f"the key holds a Redis {kind}, not a string", **where)
        return Cursor.from_json(data[0], **where)

    async def save(self, name: str, cursor: Cursor, lease: Lease) -> None:
        """`SET` the cursor if `lease` still holds (one Lua script), renewing it."""
        if not isinstance(lease, _RedisLease):
            raise TypeError("a RedisWatermarkStore saves under its own lease")
        await lease.save(cursor)

    async def try_lease(self, name: str) -> Lease | None:
        """`SET NX PX` the lease and `INCR` the fence, in one script."""
        owner = secrets.token_hex(16)
        keys = [self._key(name, "lease"), self._key(name, "fence")]
        fence = int(await self._eval(_TAKE, keys, owner, self._ttl))
        return _RedisLease(self, name, owner, fence) if fence else None

    async def aclose(self) -> None:
        """Close the client the store made from a URL (not one you passed in)."""
        if self._owned:
            await self._client.aclose()

    def __repr__(self) -> str:
        return f"RedisWatermarkStore(prefix={self.prefix!r})"
