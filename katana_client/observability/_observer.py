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

    # Made for every call while anyone observes: the URL's parts are read only when
    # an observer asks for them.
    __slots__ = ("__weakref__", "_url", "attempts", "method", "operation", "url_template")

    def __init__(
        self, operation: str | None, method: str, url_template: str | None, url: httpx.URL
    ) -> None:
        """See the class docstring; `attempts` starts at 0."""
        self.operation = operation
        self.method = method
        self.url_template = url_template
        self._url = url
        self.attempts = 0

    @property
    def path(self) -> str:
        """The URL path sent ("/v1/products/42")."""
        return self._url.path

    @property
    def url(self) -> str:
        """The URL sent, without its query string or fragment."""
        # httpx writes "?" and "#" elsewhere percent-encoded: the first of them starts
        # the query or the fragment (cut here rather than by `copy_with`, which parses
        # the whole URL again).
        return str(self._url).partition("?")[0].partition("#")[0]

    @property
    def server_address(self) -> str:
        """The host the request goes to."""
        return self._url.host

    @property
    def server_port(self) -> int | None:
        """The port (443 for https unless the URL says otherwise)."""
        url = self._url
        return url.port or {"https": 443, "http": 80}.get(url.scheme)

    def __repr__(self) -> str:
        return f"ObservedCall({self.method} {self.path}, operation={self.operation!r})"

    @classmethod
    def of(
        cls, request: httpx.Request, operation: str | None, template: str | None
    ) -> ObservedCall:
        """The call of `request`, with its operation's id and path template."""
        return cls(operation, request.method, template, request.url)


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
    one that raises is logged and skipped.

    A callback reaches only the observers that override it: the transport calls some
    on every attempt, and those nobody overrides then cost one empty loop.
    """

    def __init__(self, observers: tuple[Observer, ...]) -> None:
        """Call each of `observers`."""
        self.all = observers
        self._hooks: dict[str, tuple[Callable[..., None], ...]] = {
            hook: tuple(
                getattr(observer, hook)
                for observer in observers
                if getattr(getattr(observer, hook), "__func__", None) is not default
            )
            for hook, default in _HOOKS.items()
        }

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
        for callback in self._hooks[hook]:
            try:
                callback(call, **facts)
            except Exception as exc:
                _failed(callback, hook, exc)

    each.__name__ = hook
    return each


# The callbacks, each with Observer's own (empty) function.
_HOOKS: Final[dict[str, Callable[..., None]]] = {
    name: fn for name, fn in vars(Observer).items() if not name.startswith("_")
}
# Observers keeps Observer's typed signatures for its callers; at run time each fans out.
for _hook in _HOOKS:
    setattr(Observers, _hook, _fan_out(_hook))


def _failed(callback: Callable[..., None], hook: str, exc: Exception) -> None:
    # The type alone: an observer's message could quote anything it was handed.
    _logger.error(
        "observer %s failed in %s (%s); the call goes on",
        type(getattr(callback, "__self__", callback)).__name__,
        hook,
        type(exc).__name__,
    )
