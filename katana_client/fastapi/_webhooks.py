"""An APIRouter that receives Katana webhooks and hands typed events to your handler."""

# No `from __future__ import annotations`: FastAPI reads the route's annotations at
# run time, and the route is a closure.

from collections.abc import Awaitable, Callable, Iterable
from typing import Final

from fastapi import APIRouter, Request, Response
from fastapi.responses import JSONResponse

from ._events import (
    DEFAULT_SIGNATURE_HEADER,
    SignatureEncoding,
    WebhookError,
    WebhookEvent,
    parse_webhook_event,
    verify_webhook_signature,
)

__all__ = ["WebhookHandler", "katana_webhook_router"]

#: Your code: called once per accepted delivery. Raise to make Katana retry.
WebhookHandler = Callable[[WebhookEvent], Awaitable[None]]
#: Where the tokens come from: fixed, or looked up per delivery (rotation, secret store).
TokenSource = str | Iterable[str] | Callable[[], str | Iterable[str]]

# Katana retries deliveries it could not make; an oversized body is no delivery of
# Katana's (its payload is a few hundred bytes), so refuse it before hashing it.
_MAX_BODY: Final = 1 << 20


def katana_webhook_router(
    handler: WebhookHandler,
    *,
    path: str = "/katana/webhooks",
    tokens: TokenSource | None = None,
    signature_header: str = DEFAULT_SIGNATURE_HEADER,
    signature_encoding: SignatureEncoding = "hex",
    accept_unknown_events: bool = True,
) -> APIRouter:
    """A router with one `POST path` route that receives Katana webhook deliveries.

    Each delivery is checked and parsed, then `await handler(event)` runs; the answer is
    204 when it returns. Answers:

    - 401 when `tokens` is set and the signature header is missing or wrong (HMAC-SHA256
      of the raw body with any of the tokens, compared in constant time);
    - 400 for a body that is not JSON, 413 for one over 1 MiB;
    - 422 for JSON that is not a delivery, and for an event name missing from the spec
      when `accept_unknown_events` is False (by default such events reach the handler
      with `event.is_known == False`: Katana adds events without notice);
    - 500 if the handler raises, so that Katana delivers again.

    Args:
        handler: `async def handler(event: WebhookEvent) -> None`.
        path: Route path, relative to wherever the router is included.
        tokens: The webhook's `token` (see `Webhook.token`), several during rotation,
            or a callable returning them. None disables signature checks: do that only
            behind something else that authenticates Katana.
        signature_header: Header carrying the signature.
        signature_encoding: "hex" (default) or "base64".
        accept_unknown_events: Pass events missing from the spec to the handler.
    """
    router = APIRouter()

    async def receive_katana_webhook(request: Request) -> Response:
        body = await request.body()
        try:
            if len(body) > _MAX_BODY:
                raise WebhookError(413, "The webhook body is too large")
            if tokens is not None:
                current = tokens() if callable(tokens) else tokens
                signature = request.headers.get(signature_header)
                if signature is None:
                    raise WebhookError(401, f"Missing {signature_header} header")
                if not verify_webhook_signature(
                    body, signature, current, encoding=signature_encoding
                ):
                    raise WebhookError(401, "Invalid webhook signature")
            event = parse_webhook_event(body)
            if not accept_unknown_events and not event.is_known:
                raise WebhookError(422, f"Unknown webhook event {event.name.value!r}")
        except WebhookError as error:
            return JSONResponse({"detail": error.message}, status_code=error.status_code)
        await handler(event)
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
