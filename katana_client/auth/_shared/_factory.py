"""Store factories: one grant per tenant, each in its own shared, encrypted store.

An app partner holds one OAuth grant per connected Katana account (a tenant). A factory
is called with the tenant id and returns that tenant's `SharedTokenStore`, so the
connect callback, `OAuthTokenProvider` and every worker find the same grant:

- `FileTokenStores`: a `LockingFileTokenStore` per tenant in one folder (one host);
- `RedisTokenStores`: a `RedisTokenStore` per tenant, one Redis client for all (many
  hosts).

Any `Callable[[str], TokenStore]` will do as a factory (a database row per tenant, say).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..._errors import KatanaConfigError, KatanaTokenStoreError
from .._providers._optional import require
from ._cipher import KeyMaterial, TokenCipher, as_cipher
from ._file import LockingFileTokenStore
from ._redis import RedisConnection, RedisTokenStore

if TYPE_CHECKING:
    from redis.asyncio import Redis

MAX_TENANT_LENGTH: Final = 200
_PLAIN: Final = re.compile(r"[A-Za-z0-9_-]")


def _checked(tenant: str) -> str:
    if not tenant or len(tenant) > MAX_TENANT_LENGTH:
        raise KatanaConfigError(
            f"A tenant id must have 1 to {MAX_TENANT_LENGTH} characters, not {len(tenant)}."
        )
    return tenant


def tenant_file_name(tenant: str) -> str:
    """A file name for `tenant`: its letters, digits, `_` and `-` as they are, any other
    character as `%XX` (UTF-8 bytes), so that two tenants never share a file and no
    tenant id (`..`, `a/b`) can name a path outside the folder."""
    return "".join(
        ch if _PLAIN.fullmatch(ch) else "".join(f"%{b:02X}" for b in ch.encode())
        for ch in _checked(tenant)
    )


class FileTokenStores:
    """A `LockingFileTokenStore` per tenant, `<folder>/<tenant>.tokens`: one host.

    Example::

        stores = FileTokenStores("/var/lib/yourapp/katana", key=os.environ["KATANA_TOKEN_KEY"])
        provider = OAuthTokenProvider(app, stores("acme"))

    Args:
        folder: Where the token files go (created, mode 700, if missing).
        key: A Fernet key (or several, newest first, or a `TokenCipher`) to encrypt the
            files with (extra `[crypto]`); None keeps them as JSON, mode 600.
        lease: Each store's refresh lease, in seconds.
    """

    def __init__(
        self,
        folder: str | os.PathLike[str],
        *,
        key: TokenCipher | KeyMaterial | Sequence[KeyMaterial] | None = None,
        lease: float = 30.0,
    ) -> None:
        """Keep the tenants' tokens in `folder`."""
        self.folder = Path(folder)
        self._cipher = None if key is None else as_cipher(key)
        self.lease = lease

    def __call__(self, tenant: str) -> LockingFileTokenStore:
        """The store of `tenant`'s grant.

        Raises:
            KatanaConfigError: The tenant id is empty or longer than 200 characters.
            KatanaTokenStoreError: The folder cannot be made.
        """
        try:
            self.folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            raise KatanaTokenStoreError(
                f"Cannot make the token folder {self.folder}: {exc.strerror}"
            ) from None
        path = self.folder / f"{tenant_file_name(tenant)}.tokens"
        return LockingFileTokenStore(path, key=self._cipher, lease=self.lease)

    def __repr__(self) -> str:
        return f"FileTokenStores({str(self.folder)!r})"


class RedisTokenStores:
    """A `RedisTokenStore` per tenant, `<prefix>:<tenant>`, all on one Redis client.

    Example::

        stores = RedisTokenStores(os.environ["REDIS_URL"], key=os.environ["KATANA_TOKEN_KEY"])
        provider = OAuthTokenProvider(app, stores("acme"))

    Needs the `[redis]` extra.

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close), or a URL (a client is
            made of it now, which connects on first use; close it with `aclose()`).
        key: The Fernet key (or several, newest first, or a `TokenCipher`). Required:
            tokens never reach Redis in clear text.
        prefix: Key name prefix.
        lease: Each store's refresh lease, in seconds.

    Raises:
        KatanaConfigError: redis-py is not installed, or `redis` is no valid Redis URL
            (the message does not quote it: it may hold a password).
    """

    def __init__(
        self,
        redis: str | Redis,
        *,
        key: TokenCipher | KeyMaterial | Sequence[KeyMaterial],
        prefix: str = "katana:tokens",
        lease: float = 30.0,
    ) -> None:
        """Keep the tenants' tokens under `prefix`; connects on first use."""
        require("redis", extra="redis", feature="RedisTokenStores")
        self._connection = RedisConnection(redis, "for a tenant's tokens")
        self._cipher = as_cipher(key)
        self.prefix = prefix
        self.lease = lease

    def __call__(self, tenant: str) -> RedisTokenStore:
        """The store of `tenant`'s grant."""
        return RedisTokenStore(
            self._connection.client(),
            tenant=_checked(tenant),
            key=self._cipher,
            prefix=self.prefix,
            lease=self.lease,
        )

    async def aclose(self) -> None:
        """Close the client made from a URL (not one you passed in)."""
        await self._connection.aclose()

    def __repr__(self) -> str:
        return f"RedisTokenStores(prefix={self.prefix!r})"
