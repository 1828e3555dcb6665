"""`OpenTelemetryObserver`: one span per call, with an event per retry and per wait.

Needs `opentelemetry-api` (the `[otel]` extra). As for any library instrumented with
the API alone, the spans go where the application's SDK sends them, and nowhere (at
almost no cost) when the application configures none.

The span follows OpenTelemetry's HTTP client conventions where they fit: its name is
"{method} {url.template}" ("GET /products/{id}"), its attributes
`http.request.method`, `url.template`, `url.full` (without the query string, which
may hold customer names and e-mail addresses in filters, as in the logs),
`server.address`, `server.port`, `http.response.status_code`,
`http.request.resend_count` (attempts after the first) and `error.type` (the status
for a 4xx or 5xx, else the exception's class name); plus `katana.operation` (the
operationId) and `katana.attempts`. It spans the whole call, retries and waits
included, and is the current span while the call runs, so that spans of an httpx
instrumentation nest under it. No header, body, token or exception message is
recorded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from opentelemetry import context, trace

from katana_client._version import __version__

from ._observer import ObservedCall, Observer

if TYPE_CHECKING:
    from contextvars import Token

    from opentelemetry.context import Context
    from opentelemetry.trace import Span, TracerProvider

__all__ = ["OpenTelemetryObserver"]


class OpenTelemetryObserver(Observer):
    """Trace each call as an OpenTelemetry span.

    `KatanaClient` adds one by itself when `opentelemetry-api` is installed; pass your
    own in `observers=` to choose the tracer provider (the global one by default).

    Args:
        tracer_provider: Where to get the tracer; None for the global provider.
    """

    def __init__(self, tracer_provider: TracerProvider | None = None) -> None:
        """See the class docstring."""
        self._tracer = trace.get_tracer(
            "katana_client", __version__, tracer_provider=tracer_provider
        )
        # The span and the context token of each call in flight.
        self._spans: WeakKeyDictionary[ObservedCall, tuple[Span, Token[Context]]] = (
            WeakKeyDictionary()
        )

    def call_started(self, call: ObservedCall) -> None:
        """Start the call's span and make it current."""
        span = self._tracer.start_span(
            f"{call.method} {call.url_template or call.path}", kind=trace.SpanKind.CLIENT
        )
        if not span.is_recording():
            return  # no SDK, or not sampled: nothing to record, nothing to end
        attributes: dict[str, Any] = {
            "http.request.method": call.method,
            "url.full": call.url,
            "server.address": call.server_address,
        }
        port = call.server_port
        if port is not None:
            attributes["server.port"] = port
        if call.url_template is not None:
            attributes["url.template"] = call.url_template
        if call.operation is not None:
            attributes["katana.operation"] = call.operation
        span.set_attributes(attributes)  # at once: the SDK takes a lock per call
        token = context.attach(trace.set_span_in_context(span))
        self._spans[call] = (span, token)

    def limiter_waited(self, call: ObservedCall, *, waited: float) -> None:
        """An event `katana.rate_limit_wait` with the seconds waited."""
        self._event(call, "katana.rate_limit_wait", {"katana.wait_seconds": waited})

    def retrying(
        self, call: ObservedCall, *, wait: float, status: int | None, error: BaseException | None
    ) -> None:
        """An event `katana.retry` with the attempt, the wait and what failed."""
        facts: dict[str, Any] = {"katana.attempt": call.attempts, "katana.wait_seconds": wait}
        if status is not None:
            facts["http.response.status_code"] = status
        if error is not None:
            facts["error.type"] = type(error).__name__
        self._event(call, "katana.retry", facts)

    def call_ended(
        self, call: ObservedCall, *, status: int | None, error: BaseException | None
    ) -> None:
        """Set the outcome and the attempts, end the span and restore the context."""
        # Without an SDK no span is kept: nothing to look up (the lookup makes a weakref).
        found = self._spans.pop(call, None) if self._spans else None
        if found is None:
            return
        span, token = found
        attributes: dict[str, Any] = {"katana.attempts": call.attempts}
        if call.attempts > 1:
            attributes["http.request.resend_count"] = call.attempts - 1
        failure = None
        if status is not None:
            attributes["http.response.status_code"] = status
            if status >= 400:
                failure = str(status)
        if error is not None:
            failure = type(error).__name__
        if failure is not None:
            attributes["error.type"] = failure
        span.set_attributes(attributes)
        if failure is not None:
            span.set_status(trace.Status(trace.StatusCode.ERROR, failure))
        context.detach(token)
        span.end()

    def _event(self, call: ObservedCall, name: str, attributes: dict[str, Any]) -> None:
        found = self._spans.get(call)
        if found is not None:
            found[0].add_event(name, attributes)
