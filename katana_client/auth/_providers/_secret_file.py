"""`SecretFileTokenProvider`: the key in a file, as Docker and Kubernetes mount secrets."""

from __future__ import annotations

import asyncio
import os
import warnings
from pathlib import Path

from ..._errors import (
    KatanaInsecureSecretFileWarning,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
)
from .._log import logger
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._files import Signature, read_text, readable_by_others, signature
from ._validate import to_token

DEFAULT_SECRET_FILE = "/run/secrets/katana_api_key"
SECRET_FILE_ENV = "KATANA_API_KEY_FILE"


class SecretFileTokenProvider(CachingTokenProvider):
    """Read the key from a file whose whole content (whitespace stripped) is the key.

    Every `ttl` seconds the file is stat-ed, and read again only when it changed (new
    inode, size or mtime): Kubernetes updates a mounted secret by swapping a symlink,
    so an updated secret takes effect without a restart. After a 401 it is read again
    regardless.

    Warns with `KatanaInsecureSecretFileWarning` (once per provider) when group or
    others may read the file; `chmod 600` it, or set `defaultMode: 0400` on a
    Kubernetes secret volume.

    Args:
        path: The file. Defaults to `$KATANA_API_KEY_FILE`, else
            `/run/secrets/katana_api_key` (Docker's secrets mount).
        ttl: Seconds between checks for a change.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, ttl: float = 1.0) -> None:
        """Read the key from `path`."""
        super().__init__(ttl=ttl)
        if path is None:
            path = os.environ.get(SECRET_FILE_ENV) or DEFAULT_SECRET_FILE
        self.path = Path(path)
        self._seen: tuple[Signature, Secret] | None = None
        self._warned = False

    @property
    def source(self) -> str:
        """E.g. "secret file /run/secrets/katana_api_key"."""
        return f"secret file {self.path}"

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
                source=self.source,
                reason="the file does not exist",
                hint=f"Mount the secret there, or set {SECRET_FILE_ENV} to its path.",
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise KatanaTokenProviderError(
                f"Cannot read {self.source}: {type(exc).__name__}"
                + (f" ({exc.strerror})" if isinstance(exc, OSError) and exc.strerror else ""),
                source=self.source,
            ) from None
        if readable_by_others(st) and not self._warned:
            self._warned = True
            warnings.warn(
                f"{self.source} can be read by group or others (mode {st.st_mode & 0o777:o}); "
                "restrict it with chmod 600 (Kubernetes: defaultMode 0400).",
                KatanaInsecureSecretFileWarning,
                stacklevel=2,
            )
        token = to_token(text, source=self.source, hint="Write the key into the file.")
        if seen is not None:
            logger.info("Read a new key from %s", self.source)
        self._seen = (signature(st), token)
        return token
