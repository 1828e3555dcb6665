"""What the file-backed providers share: change detection, permissions, re-reading."""

from __future__ import annotations

import asyncio
import os
import stat
from abc import abstractmethod
from collections.abc import Callable
from pathlib import Path

from ..._errors import KatanaConfigError, KatanaTokenNotFoundError, KatanaTokenProviderError
from .._read import DEFAULT_MAX_FILE_BYTES, decode_utf8, read_secret_file
from .._secret import Secret
from ._caching import CachingTokenProvider

# What identifies one version of a file: a Kubernetes secret update swaps a symlink
# (new inode), an editor rewrites in place (new mtime/size).
Signature = tuple[int, int, int, int]


def signature(st: os.stat_result) -> Signature:
    """The fields of `st` that change when the file is replaced or rewritten."""
    return (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)


def readable_by_others(st: os.stat_result) -> bool:
    """Whether group or others may read the file (POSIX only)."""
    return os.name == "posix" and bool(st.st_mode & (stat.S_IRGRP | stat.S_IROTH))


def read_text(
    path: Path, limit: int, fail: Callable[[str], Exception]
) -> tuple[os.stat_result, str]:
    """Stat and read `path` (a regular file of at most `limit` bytes, UTF-8).

    Raises:
        FileNotFoundError: There is no such file.
        The exception `fail(reason)` returns, for any other problem (see
            `read_secret_file`), or when the file is not UTF-8.
    """
    st, blob = read_secret_file(path, limit=limit, fail=fail)
    text = decode_utf8(blob)
    if text is None:
        raise fail("it is not UTF-8 text")
    return st, text


class WatchedFileTokenProvider(CachingTokenProvider):
    """A key read from a file that is read again only when the file changed.

    Every `ttl` seconds the file is stat-ed; its content is read and parsed only when
    its signature (device, inode, mtime, size) moved, and always after `invalidate()`.
    Subclasses say how to find the key in the text (`token_from`) and what to tell a
    user whose file is missing (`missing_hint`).

    Only a regular file is read (a FIFO, a device or a directory is refused without
    blocking), and at most `max_bytes` of it: a larger file is an error, not a key.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, ttl: float, max_bytes: int = DEFAULT_MAX_FILE_BYTES
    ) -> None:
        """Watch `path`."""
        super().__init__(ttl=ttl)
        if max_bytes < 1:
            raise KatanaConfigError(f"max_bytes must be at least 1, not {max_bytes!r}.")
        self.path = Path(path)
        self.max_bytes = max_bytes
        self._seen: tuple[Signature, Secret] | None = None

    @property
    @abstractmethod
    def missing_hint(self) -> str:
        """How to fix a missing file, for the error message."""

    @abstractmethod
    def token_from(self, st: os.stat_result, text: str) -> Secret:
        """The key in `text`, the file's new content (`st` is its stat)."""

    def invalidate(self) -> None:
        """Drop the cached key and read the file again on the next request."""
        self._seen = None
        super().invalidate()

    async def fetch(self) -> Secret:
        """Return the key, reading the file only if it changed since the last read."""
        return await asyncio.to_thread(self._fetch_sync)

    def _fetch_sync(self) -> Secret:
        seen = self._seen
        try:
            if seen is not None and signature(os.stat(self.path)) == seen[0]:
                return seen[1]
            st, text = read_text(self.path, self.max_bytes, self._unreadable)
        except FileNotFoundError:
            raise KatanaTokenNotFoundError(
                source=self.source, reason="the file does not exist", hint=self.missing_hint
            ) from None
        except OSError as exc:  # the stat of an unchanged-file check
            raise self._unreadable(exc.strerror or type(exc).__name__) from None
        token = self.token_from(st, text)
        self._seen = (signature(st), token)
        return token

    def _unreadable(self, reason: str) -> KatanaTokenProviderError:
        return KatanaTokenProviderError(f"Cannot read {self.source}: {reason}.", source=self.source)
