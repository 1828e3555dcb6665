"""What the file-backed providers share: change detection, permissions, re-reading."""

from __future__ import annotations

import asyncio
import os
import stat
from abc import abstractmethod
from pathlib import Path

from ..._errors import KatanaTokenNotFoundError, KatanaTokenProviderError
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


def read_text(path: Path) -> tuple[os.stat_result, str]:
    """Stat and read `path`; the stat is taken from the open file, so the two agree."""
    with path.open(encoding="utf-8") as f:
        st = os.fstat(f.fileno())
        return st, f.read()


class WatchedFileTokenProvider(CachingTokenProvider):
    """A key read from a file that is read again only when the file changed.

    Every `ttl` seconds the file is stat-ed; its content is read and parsed only when
    its signature (device, inode, mtime, size) moved, and always after `invalidate()`.
    Subclasses say how to find the key in the text (`token_from`) and what to tell a
    user whose file is missing (`missing_hint`).
    """

    def __init__(self, path: str | os.PathLike[str], *, ttl: float) -> None:
        """Watch `path`."""
        super().__init__(ttl=ttl)
        self.path = Path(path)
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
            st, text = read_text(self.path)
        except FileNotFoundError:
            raise KatanaTokenNotFoundError(
                source=self.source, reason="the file does not exist", hint=self.missing_hint
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise KatanaTokenProviderError(
                f"Cannot read {self.source}: {type(exc).__name__}"
                + (f" ({exc.strerror})" if isinstance(exc, OSError) and exc.strerror else ""),
                source=self.source,
            ) from None
        token = self.token_from(st, text)
        self._seen = (signature(st), token)
        return token
