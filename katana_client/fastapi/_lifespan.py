"""One `KatanaClient` per FastAPI app: made at startup, closed at shutdown, handed to routes.

A client made per request costs a TLS handshake per call and loses pooling; a client
made at import time binds to whichever event loop first uses it and fails under a test
client that starts another ("Event loop is closed"). The lifespan is the one place
that runs on the app's own loop, once, before the first request and after the last.
"""

# No `from __future__ import annotations`: FastAPI reads dependency annotations at run
# time, and `tenant_client` builds its dependency as a closure.

from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Annotated, Any, Final

from fastapi import Depends, FastAPI, Request

from katana_client._client import KatanaClient

from ._tenants import TenantClientCache

__all__ = [
    "CLIENT_STATE_KEY",
    "TENANTS_STATE_KEY",
    "KatanaClientDep",
    "Lifespan",
    "get_katana_client",
    "get_tenant_clients",
    "katana_lifespan",
    "tenant_client",
]

CLIENT_STATE_KEY: Final = "katana_client"
TENANTS_STATE_KEY: Final = "katana_tenants"

#: What `FastAPI(lifespan=...)` takes.
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[Any]]


def katana_lifespan(
    client: Callable[[], KatanaClient] | None = KatanaClient,
    *,
    tenants: TenantClientCache | None = None,
    wrap: Lifespan | None = None,
) -> Lifespan:
    """A lifespan for `FastAPI(lifespan=...)` that owns the app's Katana clients.

    At startup it calls `client()` (default: `KatanaClient()`, configured from
    `KATANA_API_KEY` and `KATANA_BASE_URL`), so a missing key fails the deployment at
    start, not on the first request. At shutdown it closes the client and the tenant
    cache. Routes get them with `get_katana_client` / `tenant_client(...)`.

    Example::

        app = FastAPI(lifespan=katana_lifespan())

        @app.get("/products")
        async def products(katana: KatanaClientDep) -> list[str]:
            page = await get_all_products.asyncio(client=katana)
            ...

    Args:
        client: Makes the app's client; None for apps that only use `tenants`.
        tenants: A per-tenant client cache to expose to routes and close at shutdown.
        wrap: Your own lifespan, run inside this one (so it can use the client); the
            state it yields is merged into the request state.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        made = client() if client is not None else None
        state: dict[str, Any] = {}
        if made is not None:
            state[CLIENT_STATE_KEY] = made
        if tenants is not None:
            state[TENANTS_STATE_KEY] = tenants
        for key, value in state.items():
            setattr(app.state, key, value)
        try:
            if wrap is None:
                yield state
            else:
                async with wrap(app) as inner:
                    yield {**(inner or {}), **state}
        finally:
            for key in state:
                if hasattr(app.state, key):
                    delattr(app.state, key)
            try:
                if tenants is not None:
                    await tenants.aclose()
            finally:
                if made is not None:
                    await made.aclose()

    return lifespan


def _from_state(request: Request, key: str) -> Any:
    # Lifespan state (copied into each request) first, then app.state, which is also
    # set so that code outside a request (background tasks holding the app) finds it.
    value = getattr(request.state, key, None)
    return value if value is not None else getattr(request.app.state, key, None)


def get_katana_client(request: Request) -> KatanaClient:
    """Dependency: the app's `KatanaClient`, made by `katana_lifespan`.

    Raises:
        RuntimeError: The app was not created with `lifespan=katana_lifespan(...)`, or
            its lifespan is not running (e.g. a `TestClient` used without `with`).
    """
    found = _from_state(request, CLIENT_STATE_KEY)
    if not isinstance(found, KatanaClient):
        raise RuntimeError(
            "No KatanaClient for this app: create it with "
            "FastAPI(lifespan=katana_lifespan()) and make sure the lifespan runs "
            "(with TestClient, use `with TestClient(app) as client:`)."
        )
    return found


def get_tenant_clients(request: Request) -> TenantClientCache:
    """Dependency: the `TenantClientCache` given to `katana_lifespan(tenants=...)`.

    Raises:
        RuntimeError: No tenant cache was configured, or the lifespan is not running.
    """
    found = _from_state(request, TENANTS_STATE_KEY)
    if not isinstance(found, TenantClientCache):
        raise RuntimeError(
            "No tenant client cache for this app: pass "
            "katana_lifespan(tenants=TenantClientCache(...)) and make sure it runs."
        )
    return found


#: Annotate a route parameter with this to receive the app's `KatanaClient`.
KatanaClientDep = Annotated[KatanaClient, Depends(get_katana_client)]


def tenant_client(
    resolve_tenant: Callable[..., Any],
) -> Callable[..., AsyncIterator[KatanaClient]]:
    """Make a dependency that yields the current tenant's client for one request.

    `resolve_tenant` is itself a FastAPI dependency returning the tenant id, from what
    your authentication established (the signed-in user's company), never from a
    header or parameter the caller sets: that would let anyone act with any tenant's
    Katana grant. The client is leased for the request, so evicting it from the cache
    meanwhile does not close it under the route.

    Example::

        def tenant_id(user: Annotated[User, Depends(current_user)]) -> str:
            return user.company_id

        TenantKatana = Annotated[KatanaClient, Depends(tenant_client(tenant_id))]
    """

    async def dependency(
        request: Request, tenant: Annotated[str, Depends(resolve_tenant)]
    ) -> AsyncIterator[KatanaClient]:
        async with get_tenant_clients(request).lease(str(tenant)) as leased:
            yield leased

    return dependency
