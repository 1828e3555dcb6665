"""`LockingFileTokenStore`: tokens in a file that the processes of one host share.

Three files side by side, each mode 600:

- `<path>`: the tokens, replaced atomically (temporary file, fsync, rename), so readers
  need no lock;
- `<path>.lock`: a mutex (`flock`) held for the few microseconds of a local
  read-compare-write, never across a network call;
- `<path>.lease`: the refresh lease. Its holder keeps an `flock` on it and writes its
  expiry time into it.

What "lease" means here: a holder that dies loses its `flock` with its last file
descriptor, so the others go on at once, without waiting for the lease to run out. The
lease bounds a holder that is alive but stuck (a hung request, a stopped process): once
its expiry has passed, the next process unlinks the lease file and locks a fresh one, so
the stuck holder's `flock` no longer excludes anyone. Every change to the lease file
happens under the mutex, so two processes never both take over.

POSIX only (`fcntl`); all processes must see the same file system with working `flock`
(local disks; not every network file system).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import random
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TypeVar

from ..._errors import KatanaConfigError, KatanaTokenStoreError
from .._log import logger
from .._oauth._stores import read_token_file, write_atomically
from .._oauth._tokens import OAuthTokens
from .._read import DEFAULT_MAX_FILE_BYTES
from ._cipher import KeyMaterial, TokenCipher, as_cipher
from ._codec import TokenCodec, same_refresh_token
from ._protocol import RefreshLease

_PRIVATE = 0o600
T = TypeVar("T")


class LockingFileTokenStore:
    """A `SharedTokenStore` in a local file: one host, many worker processes.

    Example, for `uvicorn --workers 4`::

        store = LockingFileTokenStore(
            "/var/lib/myapp/katana-acme.tokens", key=os.environ["KATANA_TOKEN_KEY"]
        )
        provider = OAuthTokenProvider(app, store)

    Args:
        path: The token file. The lock and lease files are created beside it.
        key: A Fernet key (or several, newest first, or a `TokenCipher`) to encrypt the
            tokens with; needs the `[crypto]` extra. Without a key the file holds the
            same JSON as `FileTokenStore`, protected only by its mode 600.
        lease: Seconds a live refresher may keep the others waiting; must exceed the
            token request timeout.
        poll_interval: Seconds between looks at the file while another process refreshes.
        max_bytes: The largest token file read, 64 KiB by default; a larger file, or
            anything but a regular file at `path`, is a `KatanaTokenStoreError`.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        key: TokenCipher | KeyMaterial | Sequence[KeyMaterial] | None = None,
        lease: float = 30.0,
        poll_interval: float = 0.05,
        max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    ) -> None:
        """Keep the tokens in `path`; makes no file until the first save or lock."""
        if lease <= 0 or poll_interval <= 0:
            raise KatanaConfigError("lease and poll_interval must be positive seconds.")
        self.path = Path(path)
        self._lock_path = self.path.with_name(self.path.name + ".lock")
        self._lease_path = self.path.with_name(self.path.name + ".lease")
        self._codec = TokenCodec(None if key is None else as_cipher(key), tenant=None)
        self._lease = lease
        self.poll_interval = poll_interval
        self.max_bytes = max_bytes

    @property
    def lease(self) -> float:
        """Seconds a stuck refresher keeps the others waiting, at most."""
        return self._lease

    async def load(self) -> OAuthTokens | None:
        """Read the tokens; None if there are none. Needs no lock: writes are atomic."""
        return await asyncio.to_thread(self._load)

    async def save(self, tokens: OAuthTokens) -> None:
        """Replace the tokens, durably."""
        await asyncio.to_thread(self._locked, partial(self._write, tokens))

    async def clear(self) -> None:
        """Delete the tokens (the grant is gone)."""
        await asyncio.to_thread(self._locked, partial(self.path.unlink, missing_ok=True))

    async def take_refresh_token(self, tokens: OAuthTokens) -> bool:
        """Drop the stored refresh token if it is still `tokens.refresh_token` (atomic)."""
        return await asyncio.to_thread(self._locked, partial(self._take, tokens))

    async def try_lock(self) -> RefreshLease | None:
        """Take the refresh lease unless a live holder's lease has not run out."""
        return await asyncio.to_thread(self._locked, self._try_lock)

    async def wait(self) -> None:
        """Sleep about `poll_interval` (jittered, so waiters do not move in step)."""
        await asyncio.sleep(self.poll_interval * random.uniform(0.5, 1.5))  # noqa: S311 (jitter)

    # --- under the mutex, in a worker thread -------------------------------------------

    def _locked(self, operation: Callable[[], T]) -> T:
        import fcntl  # noqa: PLC0415 (POSIX only: importing it on Windows would fail)

        fd = self._open(self._lock_path, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            return operation()
        finally:
            os.close(fd)  # releases the flock

    def _load(self) -> OAuthTokens | None:
        blob = read_token_file(self.path, self.max_bytes)
        return None if blob is None else self._codec.decode(blob)

    def _write(self, tokens: OAuthTokens) -> None:
        write_atomically(self.path, self._codec.encode(tokens))

    def _take(self, tokens: OAuthTokens) -> bool:
        stored = self._load()
        if stored is None or not same_refresh_token(stored, tokens):
            return False
        self._write(stored.without_refresh_token())
        return True

    def _try_lock(self) -> _FileLease | None:
        import fcntl  # noqa: PLC0415 (POSIX only)

        fd = self._open(self._lease_path, os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            expires_at = _read_expiry(fd)
            os.close(fd)
            if time.time() < expires_at:
                return None
            # Alive but past its lease: retire its file. Its flock stays on the orphaned
            # inode and excludes nobody; take_refresh_token keeps it from presenting a
            # refresh token someone else took meanwhile.
            os.unlink(self._lease_path)
            fd = self._open(self._lease_path, os.O_RDWR | os.O_CREAT | os.O_EXCL)
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            logger.warning(
                "A process held the token refresh lease of %s past its expiry; taking it over",
                self.path,
            )
        except BaseException:
            os.close(fd)
            raise
        record = json.dumps({"pid": os.getpid(), "expires_at": time.time() + self._lease})
        os.ftruncate(fd, 0)
        os.pwrite(fd, record.encode(), 0)
        return _FileLease(fd)

    def _open(self, path: Path, flags: int) -> int:
        try:
            return os.open(path, flags, _PRIVATE)
        except OSError as exc:
            raise KatanaTokenStoreError(f"Cannot open {path}: {exc.strerror}") from None

    def __repr__(self) -> str:
        return f"LockingFileTokenStore({str(self.path)!r})"


class _FileLease:
    """An open, flocked lease file; closing it releases the lease."""

    __slots__ = ("_fd",)

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    async def release(self) -> None:
        self._close()

    def _close(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)

    # A lease dropped without release() (a cancelled task) must not hold the flock.
    __del__ = _close


def _read_expiry(fd: int) -> float:
    try:
        data = json.loads(os.pread(fd, 4096, 0))
        return float(data["expires_at"])
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        # Unreadable (4 KiB of brackets nest deeper than json.loads goes): treat as
        # expired. Takeover is safe (see take_refresh_token).
        return 0.0
