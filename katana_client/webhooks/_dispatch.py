"""`WebhookDispatcher`: handlers registered by event name, the names checked up front."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from katana_client._errors import KatanaConfigError

from ._events import WebhookEvent, WebhookEventName, WebhookHandler, event_name, require_async

__all__ = ["WebhookDispatcher"]

H = TypeVar("H", bound=WebhookHandler)


class WebhookDispatcher:
    """Runs the handlers registered for each delivery's event; itself a `WebhookHandler`.

    Example::

        webhooks = WebhookDispatcher()


        @webhooks.on("sales_order.delivered", WebhookEventName.SALES_ORDER_PACKED)
        async def shipped(event: WebhookEvent) -> None: ...


        app.include_router(katana_webhook_router(webhooks, tokens=token))

    Names are full event names (`sales_order.delivered`), checked when registered
    against the 62 Katana lists; they match a delivery whether its `action` carried the
    full name or the bare one. A delivery's handlers run one after the other, in the
    order registered; the first that raises stops the rest (Katana delivers again, so
    each should be idempotent, see `idempotent`). Deliveries no handler is registered
    for, events the spec does not list included, go to the `on_other` handlers; with
    none, they are acknowledged and nothing runs.
    """

    def __init__(self) -> None:
        """An empty dispatcher: register handlers with `on` and `on_other`."""
        self._handlers: dict[WebhookEventName, list[WebhookHandler]] = {}
        self._other: list[WebhookHandler] = []

    def on(self, *events: str) -> Callable[[H], H]:
        """A decorator registering a handler for `events` (full names or members).

        Raises:
            KatanaConfigError: No event given, or one that is not among the 62 Katana
                lists (a bare action such as "delivered", a misspelling); a handler
                that is not async.
        """
        if not events:
            raise KatanaConfigError("WebhookDispatcher.on() needs at least one event name")
        names = [event_name(name) for name in events]

        def register(handler: H) -> H:
            require_async(handler, "WebhookDispatcher.on()")
            for name in names:
                self._handlers.setdefault(name, []).append(handler)
            return handler

        return register

    def on_other(self, handler: H) -> H:
        """A decorator registering a handler for every event no `on` handler takes.

        Raises:
            KatanaConfigError: `handler` is not async.
        """
        require_async(handler, "WebhookDispatcher.on_other()")
        self._other.append(handler)
        return handler

    async def __call__(self, event: WebhookEvent) -> None:
        """Run the handlers for `event.action`, or the `on_other` ones."""
        for handler in self._handlers.get(event.action) or self._other:
            await handler(event)

    def __repr__(self) -> str:
        events = sorted(name.value for name in self._handlers)
        return f"WebhookDispatcher(events={events}, other={len(self._other)})"
