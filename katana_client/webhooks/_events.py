"""Katana webhook deliveries: typed events and signature checks, framework-free.

Katana's webhooks page documents the delivery: a JSON body `{resource_type, webhook_id,
action, object: {id, status, href}}` whose `action` is the full event name
(`sales_order.delivered`), and on a resend an `X-Katana-Retry-Num` header (1, 2 or 3).
Integrators have also seen the bare action (`delivered`); both are read. Signing is not
documented: integrators report a header `X-Sha2-Signature` carrying HMAC-SHA256 of the
raw body keyed with the webhook's `token` (the field of the webhook object), so the
signature's header name and encoding are configurable.
"""

from __future__ import annotations

import base64
import binascii
import difflib
import hashlib
import hmac
import inspect
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal

from katana_client._errors import KatanaConfigError, KatanaJSONDepthError, WebhookError
from katana_client._runtime import loads
from katana_client.generated.models.create_webhook_dto_subscribed_events_item import (
    CreateWebhookDtoSubscribedEventsItem,
)

__all__ = [
    "DEFAULT_MAX_BODY_SIZE",
    "DEFAULT_SIGNATURE_HEADER",
    "MAX_WEBHOOK_DEPTH",
    "RETRY_NUM_HEADER",
    "SignatureEncoding",
    "WebhookEvent",
    "WebhookEventName",
    "WebhookHandler",
    "WebhookObject",
    "WebhookToken",
    "event_name",
    "parse_webhook_event",
    "receive_webhook",
    "sign_webhook_body",
    "verify_webhook_signature",
]

DEFAULT_SIGNATURE_HEADER: Final = "X-Sha2-Signature"
#: Largest delivery body accepted by default: 1 MiB. Katana's are a few hundred bytes.
DEFAULT_MAX_BODY_SIZE: Final = 1 << 20
#: The header Katana puts on a resend: which one it is (1, 2 or 3).
RETRY_NUM_HEADER: Final = "X-Katana-Retry-Num"
SignatureEncoding = Literal["hex", "base64"]
#: A webhook token: the `token` field of the webhook object, as text or bytes.
WebhookToken = str | bytes

#: Deepest nesting of objects and arrays a delivery may have. Katana's has two levels;
#: the cap stops a hostile body before a parser recurses into it (RecursionError).
MAX_WEBHOOK_DEPTH: Final = 32
# resource_type and action: Katana's longest event name has 45 characters. The cap
# bounds what an unknown name pins in the event enum's cache of unknown values.
_MAX_NAME_PART: Final = 100

#: The 62 event names a webhook can subscribe to (`sales_order.created`, ...), from the
#: spec's `CreateWebhookDto`. An open enum: an event Katana adds later still parses, as
#: a pseudo-member that is not among the known ones.
WebhookEventName = CreateWebhookDtoSubscribedEventsItem
_KNOWN_EVENTS: Final = frozenset(member.value for member in WebhookEventName)


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
        action: The full event name, as Katana documents `action`:
            `WebhookEventName.SALES_ORDER_DELIVERED` ("sales_order.delivered"), also
            when the body carried the bare action ("delivered").
        resource_type: e.g. "sales_order".
        webhook_id: The id of the webhook that delivered it, when sent.
        object: The resource the event is about.
        payload: The whole decoded body, including fields not modelled here.
        retry_num: 0 for Katana's first attempt, else its `X-Katana-Retry-Num` (1, 2
            or 3): an earlier attempt got no 2xx within 10 s, and may still have been
            handled.
    """

    action: WebhookEventName
    resource_type: str
    webhook_id: int | None
    object: WebhookObject
    payload: Mapping[str, Any] = field(repr=False)
    retry_num: int = 0

    @property
    def is_known(self) -> bool:
        """Whether `action` is one of the 62 events Katana's spec lists."""
        return self.action.value in _KNOWN_EVENTS


#: Your code: awaited with each delivery (or each one it was registered for). Raise to
#: refuse it (500, or a `WebhookError`'s status) so that Katana delivers it again.
WebhookHandler = Callable[[WebhookEvent], Awaitable[None]]


def require_async(handler: object, where: str) -> None:
    """Refuse a handler that is no `async def` (nor an object with an async `__call__`).

    A plain function would run, then fail on `await None`: answered 500, so Katana
    delivers again and its side effect happens once per attempt.

    Raises:
        KatanaConfigError: `handler` is not an async callable.
    """
    call = getattr(handler, "__call__", None)  # noqa: B004 (the method itself is checked)
    if not (inspect.iscoroutinefunction(handler) or inspect.iscoroutinefunction(call)):
        name = getattr(handler, "__qualname__", type(handler).__qualname__)
        raise KatanaConfigError(
            f"{where} needs an async handler (async def, or an object with an async "
            f"__call__), not {name}: a plain function's result cannot be awaited"
        )


def event_name(name: str) -> WebhookEventName:
    """`name` as a `WebhookEventName`, checked against the 62 events Katana lists.

    For registrations and filters: a typo there would silently never match.

    Raises:
        KatanaConfigError: `name` is not a full event name Katana lists (a bare action
            such as "delivered", a misspelling, an event the spec does not know yet);
            the message suggests the closest known names.
    """
    text = name.value if isinstance(name, WebhookEventName) else name
    if not isinstance(text, str):
        raise KatanaConfigError(f"A webhook event name is a str, not {type(name).__name__}")
    if text in _KNOWN_EVENTS:
        return WebhookEventName(text)
    # A bare action ("delivered") suggests the events that end with it.
    close = [] if "." in text else sorted(k for k in _KNOWN_EVENTS if k.endswith(f".{text}"))
    close = close[:3] or difflib.get_close_matches(text, _KNOWN_EVENTS, n=3)
    hint = f"; did you mean {' or '.join(map(repr, close))}?" if close else ""
    raise KatanaConfigError(
        f"{text[:_MAX_NAME_PART]!r} is not one of the 62 webhook events Katana lists "
        f"(full names such as 'sales_order.delivered'){hint}"
    )


def parse_webhook_event(
    body: bytes | str, headers: Mapping[str, str] | None = None
) -> WebhookEvent:
    """Read a delivery body (and its request headers) into a `WebhookEvent`.

    `action` may be the full event name ("sales_order.created"), as Katana documents
    it, or the bare action ("created"): `event.action` is the full name either way. An
    event name the spec does not list is read too (`event.is_known` is False).
    `event.retry_num` comes from the `X-Katana-Retry-Num` header, looked up in
    `headers` whatever its case; missing or not a small number, it reads as 0.

    Raises:
        WebhookError: 400 if the body is not UTF-8 JSON, holds a number no parser
            reads (over 4300 digits, an exponent beyond `Decimal`'s range) or nests
            deeper than `MAX_WEBHOOK_DEPTH` (32) levels; 422 if it is not an object
            with string `resource_type` and `action` (at most 100 characters each) and
            an `object` mapping.
    """
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            raise WebhookError(400, "The webhook body is not UTF-8") from None
    else:
        text = body
    try:
        # The runtime's depth check: linear, on the text, never in Python's recursion.
        payload = loads(text, max_depth=MAX_WEBHOOK_DEPTH)
    except KatanaJSONDepthError:
        raise WebhookError(
            400, f"The webhook body is nested deeper than {MAX_WEBHOOK_DEPTH} levels"
        ) from None
    except ValueError:
        raise WebhookError(400, "The webhook body is not valid JSON") from None
    if not isinstance(payload, dict):
        raise WebhookError(422, "The webhook body must be a JSON object")
    resource_type = _name_part(payload, "resource_type")
    action = _name_part(payload, "action")
    target = payload.get("object")
    if not isinstance(target, dict):
        raise WebhookError(422, "The webhook body has no object")
    # Katana's page documents `action` as the full event name; integrators report the
    # bare action. A dot tells them apart (no bare action has one).
    name = action if "." in action else f"{resource_type}.{action}"
    object_id = target.get("id")
    return WebhookEvent(
        action=WebhookEventName(name),
        resource_type=resource_type,
        webhook_id=_int_or_none(payload.get("webhook_id")),
        object=WebhookObject(
            id=object_id if isinstance(object_id, str) else _int_or_none(object_id),
            status=target.get("status") if isinstance(target.get("status"), str) else None,
            href=target.get("href") if isinstance(target.get("href"), str) else None,
            raw=target,
        ),
        payload=payload,
        retry_num=_retry_num(headers),
    )


def receive_webhook(
    body: bytes,
    headers: Mapping[str, str],
    *,
    tokens: WebhookToken | Iterable[WebhookToken] | None,
    signature_header: str = DEFAULT_SIGNATURE_HEADER,
    signature_encoding: SignatureEncoding = "hex",
    accept_unknown_events: bool = True,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
) -> WebhookEvent:
    """Check and read one delivery in any web framework: its raw body and its headers.

    What `katana_webhook_router` does for FastAPI, for Flask (`request.get_data()`,
    `request.headers`), Django (`request.body`, `request.headers`), a WSGI app or a
    queue consumer. Header names are matched whatever their case (`X-SHA2-SIGNATURE`
    from a WSGI environ too). Checks, in this order: the size, the signature (before
    the body is parsed), the JSON, the event name.

    Args:
        body: The raw request body, as received (the signature is over these bytes).
        headers: The request headers.
        tokens: The webhook's `token`, several during rotation, or None to verify no
            signature (only behind something else that authenticates Katana).
            Required, so that leaving verification out is a decision.
        signature_header: The header carrying the signature.
        signature_encoding: "hex" (default) or "base64".
        accept_unknown_events: Return events the spec does not list (422 otherwise).
        max_body_size: Largest body accepted, in bytes; default 1 MiB. Read at most
            this many bytes plus one from the request, where your framework lets you.

    Raises:
        WebhookError: Answer its `status_code` with its `message` (safe to send): 413
            for a body over `max_body_size`, 401 for a missing or wrong signature, 400
            for a body that is not UTF-8 JSON or nests too deep, 422 for JSON that is
            not a delivery or (with `accept_unknown_events=False`) an unknown event.
            Katana delivers again after any of them.
        KatanaConfigError: `tokens` is empty or holds an empty or blank token.
    """
    keys = None if tokens is None else webhook_keys(tokens)
    if len(body) > max_body_size:
        raise WebhookError(413, f"The webhook body is over {max_body_size} bytes")
    if keys is not None:
        signature = _header(headers, signature_header)
        if signature is None:
            raise WebhookError(401, f"Missing {signature_header} header")
        if not verify_webhook_signature(body, signature, keys, encoding=signature_encoding):
            raise WebhookError(401, "Invalid webhook signature")
    event = parse_webhook_event(body, headers)
    if not accept_unknown_events and not event.is_known:
        raise WebhookError(422, f"Unknown webhook event {event.action.value!r}")
    return event


def _header(headers: Mapping[str, str] | None, name: str) -> str | None:
    # A scan, not .get(): a plain dict's keys keep the sender's case.
    wanted = name.lower()
    return next((value for key, value in (headers or {}).items() if key.lower() == wanted), None)


def _retry_num(headers: Mapping[str, str] | None) -> int:
    # At most three digits: the header is Katana's attempt counter, anything else is
    # no count.
    text = (_header(headers, RETRY_NUM_HEADER) or "").strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 3 else 0


def sign_webhook_body(
    body: bytes, token: WebhookToken, *, encoding: SignatureEncoding = "hex"
) -> str:
    """The signature Katana is reported to send for `body`: HMAC-SHA256 keyed by `token`.

    Useful in tests, to deliver signed events to your own receiver.

    Raises:
        KatanaConfigError: `token` is empty or blank.
    """
    (key,) = webhook_keys(token)
    digest = hmac.new(key, body, hashlib.sha256).digest()
    return digest.hex() if encoding == "hex" else base64.b64encode(digest).decode()


def verify_webhook_signature(
    body: bytes,
    signature: str | None,
    tokens: WebhookToken | Iterable[WebhookToken],
    *,
    encoding: SignatureEncoding = "hex",
) -> bool:
    """Whether `signature` is HMAC-SHA256 of the raw `body` under any of `tokens`.

    Several tokens allow rotation: accept the old and the new one while Katana switches.
    The comparison is constant-time; a `sha256=` prefix on the header value is ignored.

    Raises:
        KatanaConfigError: `tokens` is empty or holds an empty or blank token, with
            which anyone could sign; nothing is verified against it.
    """
    keys = webhook_keys(tokens)
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
    matched = False
    for key in keys:
        expected = hmac.new(key, body, hashlib.sha256).digest()
        # No early exit: the time taken must not tell which token (if any) matched.
        matched |= hmac.compare_digest(expected, received)
    return matched


def webhook_keys(tokens: object, *, source: str = "tokens") -> list[bytes]:
    """The HMAC keys of `tokens` (one token or several), checked.

    Raises:
        KatanaConfigError: No token, a token that is not str or bytes, or an empty or
            blank one: anyone can compute a signature keyed with "", so it
            authenticates nothing. The message names `source`, never a token.
    """
    items = [tokens] if isinstance(tokens, str | bytes) else tokens
    if not isinstance(items, Iterable):
        raise KatanaConfigError(
            f"Webhook {source} must be a token (str or bytes) or a list of tokens, "
            f"not {type(tokens).__name__}"
        )
    keys: list[bytes] = []
    for item in items:
        if not isinstance(item, str | bytes):
            raise KatanaConfigError(
                f"Webhook {source} holds a {type(item).__name__}; each token must be str or bytes"
            )
        if not item.strip():
            raise KatanaConfigError(
                f"Webhook {source} holds an empty or blank token, with which anyone can "
                "sign a delivery. Use the webhook's `token` (the field of the webhook "
                "object that createWebhook and getWebhook return); pass tokens=None "
                "only if something else authenticates Katana"
            )
        # surrogatepass: a token read with surrogateescape still gives one fixed key,
        # and encoding never fails with an error that quotes the token.
        keys.append(item.encode("utf-8", "surrogatepass") if isinstance(item, str) else item)
    if not keys:
        raise KatanaConfigError(
            f"Webhook {source} holds no token: give the webhook's `token`, or pass "
            "tokens=None only if something else authenticates Katana"
        )
    return keys


def _name_part(payload: dict[str, Any], key: str) -> str:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise WebhookError(422, f"The webhook body has no {key}")
    if len(value) > _MAX_NAME_PART:
        raise WebhookError(422, f"The webhook body's {key} is over {_MAX_NAME_PART} characters")
    return value


def _int_or_none(value: Any) -> int | None:
    # Ids are 64-bit; anything else (a bool, a 4000-digit number, "²", which
    # str.isdigit() accepts and int() refuses) is no id.
    if isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value) if len(value) <= 20 else None
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) < 2**63:
        return value
    return None
