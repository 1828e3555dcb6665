"""Katana webhook deliveries without a web framework: typed events, signatures, idempotency.

- `receive_webhook(body, headers, tokens=...)`: one call for any web framework (Flask,
  Django, WSGI, a queue consumer): checks the size and signature, parses, and returns
  the `WebhookEvent` or raises a `WebhookError` whose `status_code` is the answer.
- `parse_webhook_event(body, headers)`: a delivery as a `WebhookEvent` (`action` is the
  full event name, `retry_num` Katana's `X-Katana-Retry-Num`, 0 on a first attempt).
- `verify_webhook_signature()` / `sign_webhook_body()`: the reported HMAC-SHA256.
- `WebhookDispatcher`: handlers registered by event name, names checked up front.
- `idempotent(store)`: a handler that runs once per delivery across Katana's resends,
  its duplicate payloads and several workers (`MemoryDeliveryStore`,
  `RedisDeliveryStore`).

`katana_client.fastapi.katana_webhook_router` serves these over FastAPI. Importing this
module imports neither FastAPI nor redis.
"""

from katana_client._errors import WebhookError

from ._dispatch import WebhookDispatcher
from ._events import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_SIGNATURE_HEADER,
    MAX_WEBHOOK_DEPTH,
    RETRY_NUM_HEADER,
    SignatureEncoding,
    WebhookEvent,
    WebhookEventName,
    WebhookHandler,
    WebhookObject,
    WebhookToken,
    event_name,
    parse_webhook_event,
    receive_webhook,
    sign_webhook_body,
    verify_webhook_signature,
)
from ._idempotency import DeliveryStore, MemoryDeliveryStore, delivery_identity, idempotent
from ._redis import RedisDeliveryStore

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_SIGNATURE_HEADER",
    "MAX_WEBHOOK_DEPTH",
    "RETRY_NUM_HEADER",
    "DeliveryStore",
    "MemoryDeliveryStore",
    "RedisDeliveryStore",
    "SignatureEncoding",
    "WebhookDispatcher",
    "WebhookError",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookHandler",
    "WebhookObject",
    "WebhookToken",
    "delivery_identity",
    "event_name",
    "idempotent",
    "parse_webhook_event",
    "receive_webhook",
    "sign_webhook_body",
    "verify_webhook_signature",
]
