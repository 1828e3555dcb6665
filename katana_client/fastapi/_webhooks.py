"""An APIRouter that receives Katana webhooks and hands typed events to your handler."""

# No `from __future__ import annotations`: FastAPI reads the route's annotations at
# run time, and the route is a closure.

import inspect
import logging
from collections.abc import Callable, Iterable
from typing import Final

import anyio
from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse
from starlette.requests import ClientDisconnect

from katana_client._errors import KatanaConfigError, WebhookError
from katana_client.webhooks._events import (
    DEFAULT_MAX_BODY_SIZE,
    DEFAULT_SIGNATURE_HEADER,
    SignatureEncoding,
    WebhookHandler,
    WebhookToken,
    receive_webhook,
    require_async,
    webhook_keys,
)

__all__ = [
    "DEFAULT_BODY_TIMEOUT",
    "DEFAULT_MAX_BODY_SIZE",
    "katana_webhook_router",
]

_Tokens = WebhookToken | Iterable[WebhookToken]
#: Where the tokens come from: fixed, or looked up per delivery (rotation, secret store).
TokenSource = _Tokens | Callable[[], _Tokens | None]

#: Seconds a delivery's body may take to arrive, by default. Katana stops waiting for
#: an answer after 10 s (and delivers again), so a slower body is no delivery of Katana's.
DEFAULT_BODY_TIMEOUT: Final = 10.0

_logger = logging.getLogger("katana_client.fastapi")
# For an answer given before the body was read to its end: without it the server goes
# on reading, and discarding, whatever the sender still sends (400 MiB if it likes).
_CLOSE: Final = {"Connection": "close"}


def katana_webhook_router(
    handler: WebhookHandler,
    *,
    path: str = "/katana/webhooks",
    tokens: TokenSource | None = None,
    signature_header: str = DEFAULT_SIGNATURE_HEADER,
    signature_encoding: SignatureEncoding = "hex",
    accept_unknown_events: bool = True,
    max_body_size: int = DEFAULT_MAX_BODY_SIZE,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
) -> APIRouter:
    """A router with one `POST path` route that receives Katana webhook deliveries.

    Each delivery is checked, in this order, then `await handler(event)` runs; the
    answer is 204 when it returns. Katana waits 10 s for it, then delivers again: hand
    long work to a queue or background task (docs/webhooks.md). Answers:

    - 401 when `tokens` is set and the signature header is missing (answered before
      the body is read) or wrong (HMAC-SHA256 of the raw body with any of the tokens,
      compared in constant time, before the body is parsed);
    - 413 for a body over `max_body_size` (by its Content-Length, or counted while it
      streams in: reading stops at the cap), 408 for one slower than `body_timeout`;
    - 503 when the `tokens` callable fails or returns no usable token: nothing is
      verified and the delivery is refused (Katana delivers it again later); logged
      once per episode on the "katana_client.fastapi" logger, without the tokens;
    - 400 for a body that is not UTF-8 JSON or nests deeper than 32 levels;
    - 422 for JSON that is not a delivery, and for an event name missing from the spec
      when `accept_unknown_events` is False (by default such events reach the handler
      with `event.is_known == False`: Katana adds events without notice);
    - the status and message of a `WebhookError` the handler raises (`idempotent`
      answers 409 for a delivery another worker is running, 503 when its store is
      down), 500 for any other exception: Katana delivers again after either.

    Args:
        handler: `async def handler(event: WebhookEvent) -> None`, or a
            `WebhookDispatcher` of handlers registered by event name.
        path: Route path, relative to wherever the router is included.
        tokens: The webhook's `token` (see `Webhook.token`), several during rotation,
            or a plain callable returning them, called per delivery. None disables
            signature checks (logged as a warning when the router is made): do that
            only behind something else that authenticates Katana.
        signature_header: Header carrying the signature.
        signature_encoding: "hex" (default) or "base64".
        accept_unknown_events: Pass events missing from the spec to the handler.
        max_body_size: Largest body accepted, in bytes; default 1 MiB.
        body_timeout: Seconds the body may take to arrive; default 10.

    Raises:
        KatanaConfigError: `handler` is not async (a plain `def` would run, then be
            answered 500, so run again on each of Katana's resends); `tokens` is
            empty, holds an empty or blank token (anyone could sign with it) or is an
            async callable; `max_body_size` or `body_timeout` is not positive.
    """
    if max_body_size < 1:
        raise KatanaConfigError(f"max_body_size must be at least 1 byte, not {max_body_size}")
    if not body_timeout > 0:
        raise KatanaConfigError(f"body_timeout must be positive, not {body_timeout}")
    require_async(handler, "katana_webhook_router()")
    keys_now = _key_lookup(tokens)
    if keys_now is None:  # `tokens=os.environ.get(...)` with the variable unset, say
        _logger.warning(
            "katana_webhook_router(%s): tokens=None, so signatures are not checked and "
            "anyone who can reach the route can post deliveries; pass the webhook's "
            "token unless something in front authenticates Katana",
            path,
        )

    router = APIRouter()

    async def receive_katana_webhook(request: Request) -> Response:
        read = False
        try:
            keys = None
            if keys_now is not None:
                if signature_header not in request.headers:
                    raise WebhookError(401, f"Missing {signature_header} header")
                keys = keys_now()
            body = await _read_body(request, max_body_size, body_timeout)
            read = True
            event = receive_webhook(
                body,
                request.headers,
                tokens=keys,
                signature_header=signature_header,
                signature_encoding=signature_encoding,
                accept_unknown_events=accept_unknown_events,
                max_body_size=max_body_size,
            )
            await handler(event)
        except WebhookError as error:
            return JSONResponse(
                {"detail": error.message},
                status_code=error.status_code,
                headers=None if read else _CLOSE,
            )
        return Response(status_code=204)

    router.add_api_route(
        path,
        receive_katana_webhook,
        methods=["POST"],
        status_code=204,
        response_class=Response,
        summary="Receive a Katana webhook delivery",
    )
    return router


def _key_lookup(tokens: TokenSource | None) -> Callable[[], list[bytes]] | None:
    """Check `tokens` now; return what gives the keys for each delivery (None: no checks)."""
    if tokens is None:
        return None
    if not callable(tokens):
        keys = webhook_keys(tokens)
        return lambda: keys
    if inspect.iscoroutinefunction(tokens):
        raise KatanaConfigError(
            "tokens must be a plain callable returning the tokens, not an async one: "
            "fetch them in the background and return the current ones"
        )
    lookup = tokens
    logged = False

    def current_keys() -> list[bytes]:
        nonlocal logged
        try:
            keys = webhook_keys(lookup(), source="tokens()")
        except Exception as error:  # the user's lookup: any failure refuses the delivery
            if not logged:  # once per episode: Katana's retries must not flood the log
                logged = True
                reason = error if isinstance(error, KatanaConfigError) else type(error).__name__
                _logger.error("Refusing Katana webhook deliveries (503): %s", reason)
            raise WebhookError(503, "Webhook signatures cannot be checked now") from None
        logged = False
        return keys

    return current_keys


async def _read_body(request: Request, limit: int, time_limit: float) -> bytes:
    """The body, read as it streams in and refused as soon as it passes `limit` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isascii() and declared.isdigit() and (len(declared) > 18 or int(declared) > limit):
        raise WebhookError(413, f"The webhook body is over {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    try:
        with anyio.fail_after(time_limit):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise WebhookError(413, f"The webhook body is over {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise WebhookError(408, f"The webhook body took over {time_limit:g} s to arrive") from None
    except ClientDisconnect:
        raise WebhookError(400, "The sender left before its body arrived") from None
    return b"".join(chunks)
