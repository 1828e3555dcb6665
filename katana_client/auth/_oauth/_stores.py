"""Token stores: where OAuth tokens survive a restart. Bring your own with `TokenStore`."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import tempfile
from functools import partial
from pathlib import Path
from typing import Protocol, runtime_checkable

from ..._errors import KatanaTokenStoreError
from .._read import DEFAULT_MAX_FILE_BYTES, INVALID, parse_json, read_secret_file
from ._tokens import OAuthTokens


@runtime_checkable
class TokenStore(Protocol):
    """Persistence for one grant's tokens (one Katana account connected to your app).

    `save()` must be durable when it returns: the provider saves a rotated refresh
    token before it uses the new access token, because the old refresh token is dead
    by then and a lost new one means the user has to authorize again. For several
    processes sharing one grant, use a `SharedTokenStore` (`LockingFileTokenStore`,
    `RedisTokenStore`, or your own): these two serialize nothing across processes.
    """

    async def load(self) -> OAuthTokens | None:
        """The saved tokens, or None if there are none."""
        ...

    async def save(self, tokens: OAuthTokens) -> None:
        """Replace the saved tokens, durably."""
        ...

    async def clear(self) -> None:
        """Forget the saved tokens (the grant is gone)."""
        ...


class MemoryTokenStore:
    """Tokens kept in memory only: lost on restart, after which the user re-authorizes."""

    def __init__(self, tokens: OAuthTokens | None = None) -> None:
        """Start with `tokens`, if given."""
        self._tokens = tokens

    async def load(self) -> OAuthTokens | None:
        """The tokens last saved."""
        return self._tokens

    async def save(self, tokens: OAuthTokens) -> None:
        """Keep `tokens`."""
        self._tokens = tokens

    async def clear(self) -> None:
        """Forget the tokens."""
        self._tokens = None

    def __repr__(self) -> str:
        return "MemoryTokenStore()"


class FileTokenStore:
    """Tokens in a JSON file, readable by its owner only (mode 600).

    Writes go to a temporary file in the same folder, are flushed to disk, then renamed
    over the old file, so a crash leaves either the old tokens or the new ones.

    Args:
        path: The token file.
        max_bytes: The largest token file read, 64 KiB by default (tokens take a few
            KiB); a larger file, or anything but a regular file at `path`, is a
            `KatanaTokenStoreError`.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_FILE_BYTES
    ) -> None:
        """Keep the tokens in `path`."""
        self.path = Path(path)
        self.max_bytes = max_bytes

    async def load(self) -> OAuthTokens | None:
        """Read the file; None if it does not exist."""
        return await asyncio.to_thread(self._load)

    async def save(self, tokens: OAuthTokens) -> None:
        """Replace the file atomically and durably."""
        await asyncio.to_thread(write_atomically, self.path, json.dumps(tokens.to_dict()).encode())

    async def clear(self) -> None:
        """Delete the file."""
        await asyncio.to_thread(self.path.unlink, missing_ok=True)

    def _load(self) -> OAuthTokens | None:
        blob = read_token_file(self.path, self.max_bytes)
        if blob is None:
            return None
        data = parse_json(blob)
        if data is INVALID:
            raise KatanaTokenStoreError(
                f"The token file {self.path} is not valid JSON (UTF-8): write it again "
                "through a FileTokenStore, or delete it and authorize again."
            )
        return OAuthTokens.from_dict(data)

    def __repr__(self) -> str:
        return f"FileTokenStore({str(self.path)!r})"


def read_token_file(path: Path, limit: int) -> bytes | None:
    """The token file's bytes (at most `limit`); None if it does not exist.

    Raises:
        KatanaTokenStoreError: It exists but cannot be read, is not a regular file or
            holds more than `limit` bytes (the message names the path, no content).
    """
    try:
        return read_secret_file(path, limit=limit, fail=partial(_unreadable, path))[1]
    except FileNotFoundError:
        return None


def _unreadable(path: Path, reason: str) -> KatanaTokenStoreError:
    return KatanaTokenStoreError(f"Cannot read the token file {path}: {reason}.")


def write_atomically(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` (mode 600): a crash leaves the old or the new file.

    Raises:
        KatanaTokenStoreError: The file could not be written (the message names the
            path and the OS error, never the payload).
    """
    folder = path.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=folder)
    except OSError as exc:
        raise KatanaTokenStoreError(f"Cannot write tokens in {folder}: {exc.strerror}") from None
    try:
        with os.fdopen(fd, "wb") as f:  # mkstemp creates it with mode 600
            f.write(payload)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _fsync_dir(folder)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise KatanaTokenStoreError(f"Cannot write the token file {path}: {exc.strerror}") from None


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; not possible on Windows, where it is not needed.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
