"""Katana webhook deliveries: typed events and signature checks, framework-free.

Katana documents neither the delivery payload nor any signing. Integrators report a
JSON body `{resource_type, action, webhook_id, object: {id, status, href}}` and a header
`X-Sha2-Signature` carrying HMAC-SHA256 of the raw body keyed with the webhook's `token`
(the field of the webhook object). Both are read tolerantly here and the signature's
header name and encoding are configurable, in case the reports are wrong or change.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from katana_client._runtime import loads
from katana_client.generated.models.create_webhook_dto_subscribed_events_item import (
    CreateWebhookDtoSubscribedEventsItem,
)

__all__ = [
    "DEFAULT_SIGNATURE_HEADER",
    "SignatureEncoding",
    "WebhookError",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookObject",
    "parse_webhook_event",
    "sign_webhook_body",
    "verify_webhook_signature",
]

DEFAULT_SIGNATURE_HEADER: Final = "X-Sha2-Signature"
SignatureEncoding = Literal["hex", "base64"]

#: The 62 event names a webhook can subscribe to (`sales_order.created`, ...), from the
#: spec's `CreateWebhookDto`. An open enum: an event Katana adds later still parses, as
#: a pseudo-member that is not among the known ones.
WebhookEventName = CreateWebhookDtoSubscribedEventsItem
_KNOWN_EVENTS: Final = frozenset(member.value for member in WebhookEventName)


class WebhookError(ValueError):
    """A delivery that cannot be accepted; `status_code` is the 4xx to answer with."""

    def __init__(self, status_code: int, message: str) -> None:
        """`message` is safe to send back to the caller: it never echoes secrets."""
        super().__init__(message)
        self.status_code = status_code
        self.message = message


@dataclass(frozen=True)
class WebhookObject:
    """The resource an event is about: its id, status and API URL, as Katana sends them."""

    id: int | str | None
    status: str | None
    href: str | None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class WebhookEvent:
    """One webhook delivery from Katana.

    Attributes:
        name: `resource_type.action`, e.g. `WebhookEventName.SALES_ORDER_CREATED`.
        resource_type: e.g. "sales_order".
        action: e.g. "created".
        webhook_id: The id of the webhook that delivered it, when sent.
        object: The resource the event is about.
        payload: The whole decoded body, including fields not modelled here.
    """

    name: WebhookEventName
    resource_type: str
    action: str
    webhook_id: int | None
    object: WebhookObject
    payload: Mapping[str, Any] = field(repr=False)

    @property
    def is_known(self) -> bool:
        """Whether `name` is one of the 62 events Katana's spec lists."""
        return self.name.value in _KNOWN_EVENTS


def parse_webhook_event(body: bytes | str) -> WebhookEvent:
    """Read a delivery body into a `WebhookEvent`.

    Raises:
        WebhookError: 400 if the body is not JSON; 422 if it is not an object with
            string `resource_type` and `action` and an `object` mapping.
    """
    try:
        payload = loads(body)
    except ValueError:
        raise WebhookError(400, "The webhook body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise WebhookError(422, "The webhook body must be a JSON object")
    resource_type, action = payload.get("resource_type"), payload.get("action")
    target = payload.get("object")
    if not isinstance(resource_type, str) or not resource_type:
        raise WebhookError(422, "The webhook body has no resource_type")
    if not isinstance(action, str) or not action:
        raise WebhookError(422, "The webhook body has no action")
    if not isinstance(target, dict):
        raise WebhookError(422, "The webhook body has no object")
    object_id = target.get("id")
    return WebhookEvent(
        name=WebhookEventName(f"{resource_type}.{action}"),
        resource_type=resource_type,
        action=action,
        webhook_id=_int_or_none(payload.get("webhook_id")),
        object=WebhookObject(
            id=object_id if isinstance(object_id, int | str) else None,
            status=target.get("status") if isinstance(target.get("status"), str) else None,
            href=target.get("href") if isinstance(target.get("href"), str) else None,
            raw=target,
        ),
        payload=payload,
    )


def sign_webhook_body(body: bytes, token: str, *, encoding: SignatureEncoding = "hex") -> str:
    """The signature Katana is reported to send for `body`: HMAC-SHA256 keyed by `token`.

    Useful in tests, to deliver signed events to your own receiver.
    """
    digest = hmac.new(token.encode(), body, hashlib.sha256).digest()
    return digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()


def verify_webhook_signature(
    body: bytes,
    signature: str | None,
    tokens: str | Iterable[str],
    *,
    encoding: SignatureEncoding = "hex",
) -> bool:
    """Whether `signature` is HMAC-SHA256 of the raw `body` under any of `tokens`.

    Several tokens allow rotation: accept the old and the new one while Katana switches.
    The comparison is constant-time; a `sha256=` prefix on the header value is ignored.
    """
    if not signature:
        return False
    text = signature.strip()
    if text.lower().startswith("sha256="):
        text = text[len("sha256=") :]
    try:
        received = (
            bytes.fromhex(text) if encoding == "hex" else base64.b64decode(text, validate=True)
        )
    except (ValueError, binascii.Error):
        return False
    candidates = [tokens] if isinstance(tokens, str) else list(tokens)
    matched = False
    for token in candidates:
        expected = hmac.new(token.encode(), body, hashlib.sha256).digest()
        # No early exit: the time taken must not tell which token (if any) matched.
        matched |= hmac.compare_digest(expected, received)
    return matched


def _int_or_none(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None
