"""`Observer`: plain callbacks for what the resilience transport does with each call.

The transport tells its observers about each logical call (one request handed to it,
however many times it is sent): when it starts, each attempt's outcome, each retry it
schedules, each 429 from Katana, each wait for the client-side rate limiter, and how it
ends. Metrics (Prometheus counters, StatsD) and tracing (`OpenTelemetryObserver`) are
observers; an observer that raises is logged and skipped, never failing the call.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Final

import httpx

__all__ = ["ObservedCall", "Observer", "Observers"]

_logger: Final = logging.getLogger("katana_client")


class ObservedCall:
    """What an observer knows about one call; the same object for all its callbacks.

    Nothing here is secret: no header, no body, no query string.

    Attributes:
        operation: Katana's operationId ("getProduct"); None for a request sent directly
            through the httpx client.
        method: The HTTP method.
        url_template: The operation's path template ("/products/{id}"); None without
            an operation.
        path: The URL path sent ("/v1/products/42").
        url: The URL sent, without its query string (which may hold customer names
            and e-mail addresses in filters) or fragment.
        server_address: The host the request goes to.
        server_port: Its port (443 for https unless the URL says otherwise).
        attempts: Sends so far (updated before each `attempt_ended`).
    """

    __slots__ = (
        "__weakref__", "_url", "attempts", "method", "operation", "path", "server_address",
        "server_port", "url_template",
    )  # fmt: skip

    def __init__(
        self,
        operation: str | None,
        method: str,
        url_template: str | None,
        path: str,
        url: httpx.URL,
        server_address: str,
        server_port: int | None,
    ) -> None:
        """See the class docstring; `attempts` starts at 0."""
        self.operation = operation
        self.method = method
        self.url_template = url_template
        self.path = path
        self._url = url
        self.server_address = server_address
        self.server_port = server_port
        self.attempts = 0

    @property
    def url(self) -> str:
        """The URL sent, without its query string or fragment."""
        return str(self._url.copy_with(query=None, fragment=None))

    def __repr__(self) -> str:
        return f"ObservedCall({self.method} {self.path}, operation={self.operation!r})"

    @classmethod
    def of(
        cls, request: httpx.Request, operation: str | None, template: str | None
    ) -> ObservedCall:
        """The call of `request`, with its operation's id and path template."""
        url = request.url
        port = url.port or {"https": 443, "http": 80}.get(url.scheme)
        return cls(operation, request.method, template, url.path, url, url.host, port)


class Observer:
    """Callbacks with no-op defaults: subclass and override the ones you need.

    Pass instances as `KatanaClient(observers=[...])`. Each callback runs inline, in the
    task making the call, so it must be quick and must not block (increment a counter,
    put on a queue). An exception it raises is logged on the "katana_client" logger and
    ignored.

    Example, with Prometheus-style counters::

        class Metrics(Observer):
            def attempt_ended(self, call, *, status, error, elapsed):
                ATTEMPTS.labels(call.operation, status or type(error).__name__).inc()

            def rate_limited(self, call, *, retry_after):
                THROTTLED.labels(call.operation).inc()
    """

    def call_started(self, call: ObservedCall) -> None:
        """The transport received the call; nothing is sent yet."""

    def limiter_waited(self, call: ObservedCall, *, waited: float) -> None:
        """The client-side rate limiter held the attempt back `waited` seconds."""

    def attempt_ended(
        self,
        call: ObservedCall,
        *,
        status: int | None,
        error: BaseException | None,
        elapsed: float,
    ) -> None:
        """One send ended: with a response's `status`, or with a transport `error`
        (an httpx exception), after `elapsed` seconds. `call.attempts` counts it."""

    def rate_limited(self, call: ObservedCall, *, retry_after: float | None) -> None:
        """Katana answered 429; `retry_after` is its Retry-After in seconds, if sent."""

    def retrying(
        self, call: ObservedCall, *, wait: float, status: int | None, error: BaseException | None
    ) -> None:
        """Another attempt follows in `wait` seconds, after this `status` or `error`."""

    def call_ended(
        self, call: ObservedCall, *, status: int | None, error: BaseException | None
    ) -> None:
        """The call is over: the final response's `status` (a 404 too: its error is
        raised above the transport), or the `error` the transport raised."""


class Observers(Observer):
    """Several observers as one: each callback reaches every observer, in order, and
    one that raises is logged and skipped."""

    def __init__(self, observers: tuple[Observer, ...]) -> None:
        """Call each of `observers`."""
        self.all = observers

    def __bool__(self) -> bool:
        return bool(self.all)

    def start(
        self, request: httpx.Request, operation: str | None, template: str | None
    ) -> ObservedCall:
        """The `ObservedCall` of `request`, after `call_started` with it."""
        call = ObservedCall.of(request, operation, template)
        self.call_started(call)
        return call


def _fan_out(hook: str) -> Callable[..., None]:
    """`Observers.<hook>`: the same callback of each observer, failures logged."""

    def each(self: Observers, call: ObservedCall, **facts: Any) -> None:
        for observer in self.all:
            try:
                getattr(observer, hook)(call, **facts)
            except Exception as exc:
                _failed(observer, hook, exc)

    each.__name__ = hook
    return each


# Observers keeps Observer's typed signatures for its callers; at run time each fans out.
for _hook in [name for name in vars(Observer) if not name.startswith("_")]:
    setattr(Observers, _hook, _fan_out(_hook))


def _failed(observer: Observer, hook: str, exc: Exception) -> None:
    # The type alone: an observer's message could quote anything it was handed.
    _logger.error(
        "observer %s failed in %s (%s); the call goes on",
        type(observer).__name__,
        hook,
        type(exc).__name__,
    )
