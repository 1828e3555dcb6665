"""`RedisTokenStore`: tokens per tenant in Redis, shared by workers on many hosts.

Keys, for tenant "acme" and the default prefix:

- `katana:tokens:acme`: the tokens, Fernet-encrypted (never clear text in Redis, its
  backups or `MONITOR`);
- `katana:tokens:acme:lease`: the refresh lease, `SET NX PX` with a random owner id.
  A holder releases it with a Lua compare-and-delete, so a holder whose lease lapsed
  cannot delete its successor's. A holder that dies leaves it to expire: the others
  wait at most `lease` seconds.

`take_refresh_token` is an optimistic transaction (`WATCH`, read, decrypt, compare,
`MULTI`/`SET`/`EXEC`): it fails if anyone wrote the tokens in between.

Durability: a rotated refresh token that Redis loses is a grant lost (the user must
authorize again). Run Redis with persistence (`appendonly yes`, `appendfsync everysec`
or `always`), as for any data you cannot recreate.
"""

from __future__ import annotations

import asyncio
import random
import secrets
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Final, TypeVar

from ..._errors import KatanaConfigError, KatanaTokenStoreError
from .._oauth._tokens import OAuthTokens
from .._providers._optional import require
from .._secret import Secret
from ._cipher import KeyMaterial, TokenCipher, as_cipher
from ._codec import TokenCodec, same_refresh_token
from ._protocol import RefreshLease

if TYPE_CHECKING:
    from redis.asyncio import Redis

T = TypeVar("T")

_RELEASE: Final = """
if redis.call('GET', KEYS[1]) == ARGV[1] then
    return redis.call('DEL', KEYS[1])
end
return 0
"""


class RedisTokenStore:
    """A `SharedTokenStore` in Redis: the tokens of one tenant, encrypted, for many hosts.

    Example, one store per connected Katana account::

        store = RedisTokenStore(
            os.environ["REDIS_URL"], tenant="acme", key=os.environ["KATANA_TOKEN_KEY"]
        )
        provider = OAuthTokenProvider(app, store)

    Needs the `[redis]` extra (redis-py and cryptography).

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close), or a URL (the store
            makes a client of it now, which connects on first use; close it with
            `aclose()`). A URL with a password is kept as a `Secret`.
        tenant: Which Katana account these tokens belong to; part of the key names
            (not secret) and checked inside the encrypted value.
        key: The Fernet key (or several, newest first, or a `TokenCipher`). Required:
            tokens never reach Redis in clear text.
        prefix: Key name prefix.
        lease: Seconds a dead or stuck refresher keeps the others waiting, at most;
            must exceed the token request timeout.
        poll_interval: Seconds between looks at Redis while another process refreshes.

    Raises:
        KatanaConfigError: redis-py is not installed, `tenant` is empty, `lease` or
            `poll_interval` is not positive, or `redis` is no valid Redis URL (the
            message does not quote it: it may hold a password).
    """

    def __init__(
        self,
        redis: str | Redis,
        *,
        tenant: str,
        key: TokenCipher | KeyMaterial | Sequence[KeyMaterial],
        prefix: str = "katana:tokens",
        lease: float = 30.0,
        poll_interval: float = 0.1,
    ) -> None:
        """Keep `tenant`'s tokens under `prefix`; connects on first use."""
        require("redis", extra="redis", feature="RedisTokenStore")
        if not tenant:
            raise KatanaConfigError("RedisTokenStore needs a non-empty tenant.")
        if lease <= 0 or poll_interval <= 0:
            raise KatanaConfigError("lease and poll_interval must be positive seconds.")
        self._connection = RedisConnection(redis, f"for the tokens of tenant {tenant!r}")
        self.tenant = tenant
        self._codec = TokenCodec(as_cipher(key), tenant=tenant)
        self.tokens_key = f"{prefix}:{tenant}"
        self.lease_key = f"{prefix}:{tenant}:lease"
        self._lease = lease
        self.poll_interval = poll_interval

    @property
    def lease(self) -> float:
        """Seconds a dead or stuck refresher keeps the others waiting, at most."""
        return self._lease

    async def load(self) -> OAuthTokens | None:
        """Read and decrypt the tokens; None if there are none."""
        blob = await self._connection.call("GET", lambda r: r.get(self.tokens_key))
        return None if blob is None else self._codec.decode(blob)

    async def save(self, tokens: OAuthTokens) -> None:
        """Encrypt and write the tokens."""
        await self._connection.call(
            "SET", lambda r: r.set(self.tokens_key, self._codec.encode(tokens))
        )

    async def clear(self) -> None:
        """Delete the tokens (the grant is gone)."""
        await self._connection.call("DEL", lambda r: r.delete(self.tokens_key))

    async def take_refresh_token(self, tokens: OAuthTokens) -> bool:
        """Drop the stored refresh token if it is still `tokens.refresh_token` (atomic)."""
        from redis.exceptions import WatchError  # noqa: PLC0415 (import cost)

        async def transaction(client: Redis) -> bool:
            async with client.pipeline(transaction=True) as pipe:
                await pipe.watch(self.tokens_key)
                blob = await pipe.get(self.tokens_key)
                stored = None if blob is None else self._codec.decode(blob)
                if stored is None or not same_refresh_token(stored, tokens):
                    return False
                pipe.multi()  # type: ignore[no-untyped-call]
                pipe.set(self.tokens_key, self._codec.encode(stored.without_refresh_token()))
                try:
                    await pipe.execute()
                except WatchError:
                    return False
                return True

        return await self._connection.call("WATCH/MULTI/EXEC", transaction)

    async def try_lock(self) -> RefreshLease | None:
        """`SET NX PX`: take the lease unless someone holds it and it has not expired."""
        owner = secrets.token_hex(16)
        taken = await self._connection.call(
            "SET NX", lambda r: r.set(self.lease_key, owner, nx=True, px=round(self._lease * 1000))
        )
        return _RedisLease(self, owner) if taken else None

    async def wait(self) -> None:
        """Sleep about `poll_interval` (jittered, so waiters do not poll in step)."""
        await asyncio.sleep(self.poll_interval * random.uniform(0.5, 1.5))  # noqa: S311 (jitter)

    async def aclose(self) -> None:
        """Close the client the store made from a URL (not one you passed in)."""
        await self._connection.aclose()

    def __repr__(self) -> str:
        return f"RedisTokenStore(tenant={self.tenant!r}, key={self.tokens_key!r})"


class RedisConnection:
    """A `redis.asyncio.Redis` client given (the caller's to close), or one made from a
    URL (closed by `aclose()`, made again if used after). The URL, which may hold a
    password, is kept as a `Secret` and checked here, so that a bad one fails where it is
    given, as a `KatanaConfigError`, not at the first command. `what` ("for a pending
    connect") goes into the errors."""

    __slots__ = ("_client", "_url", "_what")

    def __init__(self, redis: str | Redis, what: str) -> None:
        self._what = what
        self._url = Secret(redis) if isinstance(redis, str) else None
        self._client: Redis | None = self._from_url() if isinstance(redis, str) else redis

    def _from_url(self) -> Redis:
        assert self._url is not None  # noqa: S101 (narrowing: only made from a URL)
        from redis.asyncio import Redis  # noqa: PLC0415 (import cost)

        try:
            return Redis.from_url(self._url.reveal())
        except (ValueError, TypeError) as exc:
            # redis-py's message may quote the URL, and the URL may hold a password.
            raise KatanaConfigError(
                f"The Redis URL {self._what} is invalid ({type(exc).__name__}): expected "
                "redis://[[user]:password@]host[:port][/db], rediss://... or "
                "unix://path. It is not quoted here: it may hold a password."
            ) from None

    def client(self) -> Redis:
        if self._client is None:
            self._client = self._from_url()
        return self._client

    async def aclose(self) -> None:
        if self._url is not None and self._client is not None:
            client, self._client = self._client, None
            await client.aclose()

    async def call(self, command: str, operation: Callable[[Redis], Awaitable[T]]) -> T:
        """Await `operation(client)`; a `RedisError` becomes a `KatanaTokenStoreError`
        naming `command` and the error's type only: redis-py messages may echo the URL
        (and its password)."""
        from redis.exceptions import RedisError  # noqa: PLC0415 (import cost)

        pending = operation(self.client())
        try:
            return await pending
        except RedisError as exc:
            raise KatanaTokenStoreError(
                f"Redis {command} {self._what} failed: {type(exc).__name__}"
            ) from None


class _RedisLease:
    __slots__ = ("_owner", "_store")

    def __init__(self, store: RedisTokenStore, owner: str) -> None:
        self._store = store
        self._owner = owner

    async def release(self) -> None:
        lease_key = self._store.lease_key
        await self._store._connection.call(
            "EVAL", lambda r: r.eval(_RELEASE, 1, lease_key, self._owner)
        )
