"""A bounded cache of per-tenant `KatanaClient`s, for apps serving many Katana accounts.

An OAuth partner app acts for many Katana accounts, each with its own token. A client
per request would throw away connection pooling (~100 ms of TLS per call); a client per
tenant kept forever would leak sockets as tenants come and go. This cache keeps at most
`max_size` clients, least recently used out first.

Eviction must not pull a client from under a request that is using it: clients are
handed out as leases (`async with cache.lease(tenant) as client`); an evicted client is
closed at once if nobody holds it, otherwise when its last lease ends.

`TenantClientCache.for_oauth(app, stores)` makes each tenant's client itself, from the
tenant's grant in `stores(tenant)`, and reports a dead grant once per process through
`on_grant_dead` (until the tenant has a working grant again), not on every request.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from katana_client._client import KatanaClient
from katana_client._errors import KatanaClientClosedError, KatanaReauthorizationRequiredError
from katana_client.auth._secret import Secret

if TYPE_CHECKING:
    from katana_client.auth import OAuthApp, OAuthTokenProvider, TokenStoreFactory

__all__ = ["ClientFactory", "GrantDeadHook", "TenantClientCache"]

logger = logging.getLogger("katana_client.fastapi")

#: Makes the client of one tenant; may be async (e.g. to load the tenant's tokens).
ClientFactory = Callable[[str], KatanaClient | Awaitable[KatanaClient]]

#: Told once that a tenant's grant is dead (tenant id, the error); may be async.
GrantDeadHook = Callable[[str, KatanaReauthorizationRequiredError], Awaitable[None] | None]


@dataclass(eq=False)
class _Entry:
    client: KatanaClient
    leases: int = 0
    retired: bool = False


class TenantClientCache:
    """At most `max_size` `KatanaClient`s, one per tenant, least recently used evicted.

    Example::

        cache = TenantClientCache(lambda tenant: KatanaClient(api_key=keys[tenant]))
        async with cache.lease("acme") as client:
            await get_all_products.asyncio(client=client)
        await cache.aclose()  # at shutdown

    Args:
        factory: Called with a tenant id the first time it is needed (and again after
            its client was evicted or invalidated); returns its `KatanaClient`.
        max_size: Most clients kept open at once.
    """

    def __init__(self, factory: ClientFactory, *, max_size: int = 100) -> None:
        """See the class docstring."""
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        self._factory = factory
        self.max_size = max_size
        self._entries: OrderedDict[str, _Entry] = OrderedDict()
        self._pending: dict[str, asyncio.Future[None]] = {}
        self._closed = False
        self._dead: set[str] = set()
        # Tenants invalidated while their factory ran: what it makes is out of date.
        self._outdated: set[str] = set()
        self._on_grant_dead: GrantDeadHook | None = None

    @classmethod
    def for_oauth(
        cls,
        app: OAuthApp,
        stores: TokenStoreFactory,
        *,
        on_grant_dead: GrantDeadHook | None = None,
        max_size: int = 100,
        refresh_margin: float = 60.0,
        **client_options: Any,
    ) -> TenantClientCache:
        """A cache whose clients act on each tenant's OAuth grant in `stores(tenant)`.

        Each tenant's client is `KatanaClient(token_provider=OAuthTokenProvider(app,
        stores(tenant)), **client_options)`. When a tenant's grant is dead (Katana
        refused its refresh token, or the store holds none:
        `KatanaReauthorizationRequiredError`), `on_grant_dead(tenant, error)` is called
        once in this process, e.g. to mark the tenant disconnected; the request still
        raises the error (answer it with a reconnect link). It is called again only
        after the tenant had a working grant in between.

        Example::

            clients = TenantClientCache.for_oauth(
                app, RedisTokenStores(redis_url, key=token_key), on_grant_dead=mark_disconnected
            )
        """
        from katana_client.auth import OAuthTokenProvider  # noqa: PLC0415 (import cost)

        def factory(tenant: str) -> KatanaClient:
            grant = OAuthTokenProvider(app, stores(tenant), refresh_margin=refresh_margin)
            return KatanaClient(
                token_provider=_WatchedGrant(grant, tenant, cache), **client_options
            )

        cache = cls(factory, max_size=max_size)
        cache._on_grant_dead = on_grant_dead
        return cache

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, tenant: object) -> bool:
        return tenant in self._entries

    def tenants(self) -> list[str]:
        """Cached tenants, least recently used first."""
        return list(self._entries)

    @property
    def is_closed(self) -> bool:
        """Whether `aclose()` has been called."""
        return self._closed

    @asynccontextmanager
    async def lease(self, tenant: str) -> AsyncIterator[KatanaClient]:
        """Use the tenant's client for the `async with` block (made on first use).

        The client stays open for the whole block even if it is evicted meanwhile.

        Raises:
            KatanaClientClosedError: The cache has been closed.
        """
        entry = await self._acquire(tenant)
        try:
            yield entry.client
        finally:
            entry.leases -= 1
            if entry.retired and entry.leases == 0:
                await entry.client.aclose()

    async def invalidate(self, tenant: str) -> None:
        """Drop the tenant's client (e.g. it was connected again, or disconnected); the
        next lease makes a new one. An in-use client is closed when its last lease ends.
        A client being made meanwhile is not kept: its leases get one made after this."""
        self._dead.discard(tenant)
        if tenant in self._pending:
            self._outdated.add(tenant)
        entry = self._entries.pop(tenant, None)
        if entry is not None:
            await self._retire(entry)

    async def aclose(self) -> None:
        """Close every client and refuse new leases. Call it at application shutdown."""
        self._closed = True
        entries = list(self._entries.values())
        self._entries.clear()
        for entry in entries:
            entry.retired = True
            await entry.client.aclose()

    async def _acquire(self, tenant: str) -> _Entry:
        while True:
            if self._closed:
                raise KatanaClientClosedError("This TenantClientCache is closed")
            entry = self._entries.get(tenant)
            if entry is not None:
                self._entries.move_to_end(tenant)
                entry.leases += 1
                return entry
            pending = self._pending.get(tenant)
            if pending is None:
                break
            # Another task is making this tenant's client: wait for it, then look again
            # (if it failed, this task tries the factory itself).
            await pending
        done = asyncio.get_running_loop().create_future()
        self._pending[tenant] = done
        try:
            made = self._factory(tenant)
            client = await made if inspect.isawaitable(made) else made
        finally:
            del self._pending[tenant]
            outdated = tenant in self._outdated
            self._outdated.discard(tenant)
            done.set_result(None)
        if self.is_closed or outdated:  # closed, or invalidated, while the factory ran
            await client.aclose()
            if outdated:  # made from the key or grant `invalidate` dropped: make it anew
                return await self._acquire(tenant)
            raise KatanaClientClosedError("This TenantClientCache is closed")
        entry = _Entry(client, leases=1)
        self._entries[tenant] = entry
        try:
            while len(self._entries) > self.max_size:
                _, evicted = self._entries.popitem(last=False)
                await self._retire(evicted)
        except BaseException:  # cancelled while closing an evicted client: no lease leak
            entry.leases -= 1
            raise
        return entry

    @staticmethod
    async def _retire(entry: _Entry) -> None:
        entry.retired = True
        if entry.leases == 0:
            await entry.client.aclose()

    async def _grant_died(self, tenant: str, error: KatanaReauthorizationRequiredError) -> None:
        if tenant in self._dead:
            return
        self._dead.add(tenant)
        logger.warning("The Katana grant of tenant %r is dead (%s)", tenant, error.error)
        if self._on_grant_dead is None:
            return
        try:
            told = self._on_grant_dead(tenant, error)
            if inspect.isawaitable(told):
                await told
        except Exception:
            # The request goes on to raise the grant's error; the hook's own failure
            # must not replace it.
            logger.exception("on_grant_dead failed for tenant %r", tenant)


class _WatchedGrant:
    """A tenant's `OAuthTokenProvider` that tells its cache when the grant dies."""

    __slots__ = ("_cache", "_grant", "_tenant")

    def __init__(self, grant: OAuthTokenProvider, tenant: str, cache: TenantClientCache) -> None:
        self._grant = grant
        self._tenant = tenant
        self._cache = cache

    @property
    def source(self) -> str:
        return f"tenant {self._tenant!r}: {self._grant.source}"

    async def get_token(self) -> Secret:
        try:
            token = await self._grant.get_token()
        except KatanaReauthorizationRequiredError as exc:
            await self._cache._grant_died(self._tenant, exc)
            raise
        self._cache._dead.discard(self._tenant)
        return token

    def invalidate(self) -> None:
        self._grant.invalidate()

    def __repr__(self) -> str:
        return f"_WatchedGrant({self.source})"
