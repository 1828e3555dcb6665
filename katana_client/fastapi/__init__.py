"""FastAPI integration: one client per app, per-tenant clients, a webhook receiver.

Needs the `fastapi` extra (`pip install 'katana-client[fastapi]'`). Importing
`katana_client` never imports this module (or FastAPI).

- `katana_lifespan()`: pass to `FastAPI(lifespan=...)`; makes one `KatanaClient` at
  startup and closes it at shutdown. Routes take `katana: KatanaClientDep`.
- `TenantClientCache` + `tenant_client(resolve_tenant)`: a bounded LRU of clients for
  apps acting for many Katana accounts (OAuth partners); `TenantClientCache.for_oauth`
  builds each from the tenant's grant and reports a dead grant once.
- `katana_connect_router(connector, who)`: connect, callback (GET or POST) and
  disconnect routes that keep one OAuth grant per tenant.
- `katana_webhook_router(handler, tokens=...)`: receives deliveries, checks their
  signature, hands `WebhookEvent`s to your async handler (or a `WebhookDispatcher`).
  Bodies are capped (1 MiB, 10 s, 32 levels of nesting) and empty tokens refused. The
  events, dispatcher and `idempotent` come from the framework-free
  `katana_client.webhooks` and are re-exported here.
"""

from katana_client.auth._providers._optional import require_extra

require_extra("fastapi", package=__name__)  # before any import of the extra's modules

from katana_client import webhooks as _framework_free
from katana_client.webhooks import *  # noqa: F403 (all of it, re-exported)

from ._connect import ConnectingUser, ConnectResultHandler, katana_connect_router
from ._lifespan import (
    CLIENT_STATE_KEY,
    TENANTS_STATE_KEY,
    KatanaClientDep,
    Lifespan,
    get_katana_client,
    get_tenant_clients,
    katana_lifespan,
    tenant_client,
)
from ._tenants import ClientFactory, GrantDeadHook, TenantClientCache
from ._webhooks import DEFAULT_BODY_TIMEOUT, katana_webhook_router

__all__ = [
    "CLIENT_STATE_KEY",
    "DEFAULT_BODY_TIMEOUT",
    "TENANTS_STATE_KEY",
    "ClientFactory",
    "ConnectResultHandler",
    "ConnectingUser",
    "GrantDeadHook",
    "KatanaClientDep",
    "Lifespan",
    "TenantClientCache",
    "get_katana_client",
    "get_tenant_clients",
    "katana_connect_router",
    "katana_lifespan",
    "katana_webhook_router",
    "tenant_client",
]
# `_framework_free`, not `_webhooks`: importing `._webhooks` binds that name to the
# submodule.
__all__ += _framework_free.__all__
