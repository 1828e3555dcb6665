"""FastAPI integration: one client per app, per-tenant clients, a webhook receiver.

Needs the `fastapi` extra (`pip install 'katana-client[fastapi]'`). Importing
`katana_client` never imports this module (or FastAPI).

- `katana_lifespan()`: pass to `FastAPI(lifespan=...)`; makes one `KatanaClient` at
  startup and closes it at shutdown. Routes take `katana: KatanaClientDep`.
- `TenantClientCache` + `tenant_client(resolve_tenant)`: a bounded LRU of clients for
  apps acting for many Katana accounts (OAuth partners).
- `katana_webhook_router(handler, tokens=...)`: receives deliveries, checks their
  signature, hands `WebhookEvent`s to your async handler. Bodies are capped (1 MiB,
  10 s, 32 levels of nesting) and empty tokens refused.
"""

from ._events import (
    DEFAULT_SIGNATURE_HEADER,
    MAX_WEBHOOK_DEPTH,
    SignatureEncoding,
    WebhookError,
    WebhookEvent,
    WebhookEventName,
    WebhookObject,
    WebhookToken,
    parse_webhook_event,
    sign_webhook_body,
    verify_webhook_signature,
)
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
from ._tenants import ClientFactory, TenantClientCache
from ._webhooks import (
    DEFAULT_BODY_TIMEOUT,
    DEFAULT_MAX_BODY_SIZE,
    WebhookHandler,
    katana_webhook_router,
)

__all__ = [
    "CLIENT_STATE_KEY",
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_SIGNATURE_HEADER",
    "MAX_WEBHOOK_DEPTH",
    "TENANTS_STATE_KEY",
    "ClientFactory",
    "KatanaClientDep",
    "Lifespan",
    "SignatureEncoding",
    "TenantClientCache",
    "WebhookError",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookHandler",
    "WebhookObject",
    "WebhookToken",
    "get_katana_client",
    "get_tenant_clients",
    "katana_lifespan",
    "katana_webhook_router",
    "parse_webhook_event",
    "sign_webhook_body",
    "tenant_client",
    "verify_webhook_signature",
]
