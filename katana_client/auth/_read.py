"""Reading a file that holds a secret: bounded, never blocking, never echoing content.

A path that should hold a key can hold anything: a FIFO nobody writes to (a plain
`open()` blocks forever), `/dev/zero` (`read()` grows until MemoryError), a directory, or
a huge file. Key files, `.env` files and token stores all read through here.
"""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any, Final

DEFAULT_MAX_FILE_BYTES: Final = 64 * 1024
"""Default cap on the size of a key file, `.env` file or token file (64 KiB)."""

# O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. The others
# keep the descriptor out of child processes and a terminal device from becoming ours.
_FLAGS: Final = (
    os.O_RDONLY
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_NOCTTY", 0)
)
_KINDS: Final = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_secret_file(
    path: Path, *, limit: int, fail: Callable[[str], Exception]
) -> tuple[os.stat_result, bytes]:
    """Read the regular file `path` whole, refusing anything else and anything over `limit`.

    Returns the file's stat (taken from the open file, so it matches the bytes) and its
    content. At most `limit + 1` bytes are ever read.

    Raises:
        FileNotFoundError: Nothing is at `path` (callers report a missing key their way).
        The exception `fail(reason)` returns: `path` cannot be read, is not a regular
            file, or holds more than `limit` bytes. `reason` says which, never what the
            file contains.
    """
    try:
        # Checked before opening too: opening some devices has side effects.
        _check_kind(os.stat(path), fail)
        fd = os.open(path, _FLAGS)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise fail(exc.strerror or type(exc).__name__) from None
    try:
        st = os.fstat(fd)  # the file may have been swapped since the stat above
        _check_kind(st, fail)
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise fail(exc.strerror or type(exc).__name__) from None
    finally:
        os.close(fd)
    if size > limit:
        raise fail(
            f"it holds more than {limit} bytes (max_bytes), far more than a key needs; "
            "check the path, or raise max_bytes if the file really is that large"
        )
    return st, b"".join(chunks)


def decode_utf8(blob: bytes) -> str | None:
    """`blob` as UTF-8 text, or None when it is not UTF-8.

    Returns None rather than raising: a `UnicodeDecodeError` keeps the whole input in its
    `object` attribute, and a caller's own error raised while handling it would carry the
    secret along as `__context__`.
    """
    try:
        return blob.decode("utf-8")
    except UnicodeDecodeError:
        return None


INVALID: Final = object()
"""What `parse_json` returns for a document that is not JSON."""


def parse_json(document: bytes | str) -> Any:
    """`document` parsed as JSON, or `INVALID`.

    Never raises: a `JSONDecodeError` keeps the whole document (tokens) in `.doc` and a
    `UnicodeDecodeError` in `.object`, and an error raised while handling either would
    carry them along as its `__context__`. Deep nesting (`RecursionError`) is invalid too.
    """
    try:
        return json.loads(document)
    except (ValueError, RecursionError):
        return INVALID


def _check_kind(st: os.stat_result, fail: Callable[[str], Exception]) -> None:
    if stat.S_ISREG(st.st_mode):
        return
    kind = next((name for test, name in _KINDS if test(st.st_mode)), "not a file")
    raise fail(f"it is {kind}, not a regular file")
