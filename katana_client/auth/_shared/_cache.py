"""`SharedCacheTokenProvider`: one read of a slow secret store for N worker processes.

A key in AWS Secrets Manager or Vault costs a network call (and often money) per read.
With `uvicorn --workers 8` on 10 pods, each worker's own TTL cache still makes 80 reads
per TTL and 80 more on every rotation. This wrapper keeps the key in a shared store
(encrypted in Redis, or a locked file) so one worker reads the source per TTL, or per
rotation after Katana rejects the old key, and the others take the key from the store.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from ..._errors import KatanaConfigError
from .._flight import SingleFlight
from .._oauth._tokens import OAuthTokens
from .._protocol import TokenProvider, describe
from .._secret import Secret
from ._coordinate import renew_shared
from ._protocol import SharedTokenStore


class SharedCacheTokenProvider:
    """Wrap a token provider so that processes share what it fetches, through a store.

    Example::

        provider = SharedCacheTokenProvider(
            AwsSecretsManagerTokenProvider("prod/katana"),
            store=RedisTokenStore(redis_url, tenant="api-key", key=fernet_key),
            ttl=300,
        )

    The key is kept in the store as an access token without a refresh token, expiring
    `ttl` seconds after it was read, so give it a store (a tenant, or a file) of its own,
    not one that holds an OAuth grant. Each process keeps it in memory until then, so a
    request normally costs no store access at all.

    When Katana rejects the key (401), `invalidate()` makes this process look at the
    store again: if another process already put a different key there it is used; if
    the store still holds the rejected key, one process reads the source again (the
    wrapped provider is invalidated first) and shares what it gets.

    Args:
        inner: The provider that reads the source (AWS, Vault, a command, ...).
        store: A `SharedTokenStore`: `RedisTokenStore` or `LockingFileTokenStore`.
        ttl: Seconds a read key is shared before the source is read again.
        clock: Wall-clock time (the store holds wall-clock expiry), replaceable in tests.
    """

    def __init__(
        self,
        inner: TokenProvider,
        *,
        store: SharedTokenStore,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Share the keys `inner` fetches through `store` for `ttl` seconds."""
        if ttl <= 0:
            raise KatanaConfigError(f"ttl must be > 0 seconds, not {ttl!r}.")
        if not isinstance(store, SharedTokenStore):
            raise KatanaConfigError(
                f"SharedCacheTokenProvider needs a SharedTokenStore, not {type(store).__name__}."
            )
        self.inner = inner
        self.store = store
        self.ttl = ttl
        self._clock = clock
        self._token: Secret | None = None
        self._use_until = -math.inf
        self._rejected: Secret | None = None
        self._flight: SingleFlight[Secret] = SingleFlight()

    @property
    def source(self) -> str:
        """The wrapped provider's source, and the store that shares it."""
        return f"{describe(self.inner)}, shared through {self.store!r}"

    async def get_token(self) -> Secret:
        """The key: from memory while fresh, else from the store, else from the source."""
        token = self._token
        if token is not None and self._clock() < self._use_until:
            return token
        return await self._flight.run(self._renew)

    def invalidate(self) -> None:
        """Katana rejected the current key: the next `get_token()` must not return it."""
        if self._token is not None:
            self._rejected = self._token
        self._token = None
        self._use_until = -math.inf

    async def _renew(self) -> Secret:
        return await renew_shared(
            self.store, adopt=self._adopt, renew=self._fetch, what="key fetch"
        )

    def _adopt(self, stored: OAuthTokens | None) -> Secret | None:
        if stored is None or stored.expires_at is None or self._clock() >= stored.expires_at:
            return None
        if self._rejected is not None and stored.access_token == self._rejected:
            return None
        self._token = stored.access_token
        self._use_until = stored.expires_at
        self._rejected = None
        return stored.access_token

    async def _fetch(self, stored: OAuthTokens | None) -> Secret:
        # The shared copy is stale or was rejected: make the source read itself again
        # rather than answer from its own cache.
        self.inner.invalidate()
        token = await self.inner.get_token()
        expires_at = self._clock() + self.ttl
        tokens = OAuthTokens(token, None, expires_at, token_type="ApiKey")  # noqa: S106 (a type)
        await self.store.save(tokens)
        # The source may hand back the key Katana just rejected (not rotated yet): use it
        # anyway, and let the client report the second 401.
        self._token, self._use_until, self._rejected = token, expires_at, None
        return token

    def __repr__(self) -> str:
        return f"SharedCacheTokenProvider({self.source})"
