"""`SecretFileTokenProvider`: the key in a file, as Docker and Kubernetes mount secrets."""

from __future__ import annotations

import os
import warnings

from ..._errors import KatanaInsecureSecretFileWarning
from .._log import logger
from .._read import DEFAULT_MAX_FILE_BYTES
from .._secret import Secret
from ._files import WatchedFileTokenProvider, readable_by_others
from ._validate import to_token

DEFAULT_SECRET_FILE = "/run/secrets/katana_api_key"  # noqa: S105 (a path, not a secret)
SECRET_FILE_ENV = "KATANA_API_KEY_FILE"  # noqa: S105 (a variable name, not a secret)


class SecretFileTokenProvider(WatchedFileTokenProvider):
    """Read the key from a file whose whole content (whitespace stripped) is the key.

    Every `ttl` seconds the file is stat-ed, and read again only when it changed (new
    inode, size or mtime): Kubernetes updates a mounted secret by swapping a symlink,
    so an updated secret takes effect without a restart. After a 401 it is read again
    regardless.

    Warns with `KatanaInsecureSecretFileWarning` (once per provider) when group or
    others may read the file; `chmod 600` it, or set `defaultMode: 0400` on a
    Kubernetes secret volume.

    Only a regular file is read: a FIFO, a device or a directory at `path` is a
    `KatanaTokenProviderError` (raised at once, never blocking), and so is a file larger
    than `max_bytes`.

    Args:
        path: The file. Defaults to `$KATANA_API_KEY_FILE`, else
            `/run/secrets/katana_api_key` (Docker's secrets mount).
        ttl: Seconds between checks for a change.
        max_bytes: The largest file read, 64 KiB by default; at most this many bytes
            (plus one, to notice a larger file) are ever read.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] | None = None,
        *,
        ttl: float = 1.0,
        max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    ) -> None:
        """Read the key from `path`."""
        if path is None:
            path = os.environ.get(SECRET_FILE_ENV) or DEFAULT_SECRET_FILE
        super().__init__(path, ttl=ttl, max_bytes=max_bytes)
        self._warned = False

    @property
    def source(self) -> str:
        """E.g. "secret file /run/secrets/katana_api_key"."""
        return f"secret file {self.path}"

    @property
    def missing_hint(self) -> str:
        """Where to put the key."""
        return f"Mount the secret there, or set {SECRET_FILE_ENV} to its path."

    def token_from(self, st: os.stat_result, text: str) -> Secret:
        """The file's whole content; warns once if others may read the file."""
        if readable_by_others(st) and not self._warned:
            self._warned = True
            warnings.warn(
                f"{self.source} can be read by group or others (mode {st.st_mode & 0o777:o}); "
                "restrict it with chmod 600 (Kubernetes: defaultMode 0400).",
                KatanaInsecureSecretFileWarning,
                stacklevel=2,
            )
        token = to_token(text, source=self.source, hint="Write the key into the file.")
        if self._seen is not None:
            logger.info("Read a new key from %s", self.source)
        return token
