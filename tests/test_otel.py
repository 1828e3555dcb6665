"""OpenTelemetry spans: one per call, with its attempts, retries and waits, nothing secret.

Needs opentelemetry-sdk (its in-memory exporter); run against the fake Katana with
injected 429s and 503s, through a resilience transport on a `FakeClock`.
"""

from __future__ import annotations

from typing import Any

import httpx

# The SDK is a dev dependency: the tests fail, not skip, without it.
import opentelemetry.sdk.trace as trace_sdk
import opentelemetry.sdk.trace.export as export
import opentelemetry.sdk.trace.export.in_memory_span_exporter as in_memory
import pytest
from docs_blocks import blocks
from faultserver import FakeClock
from opentelemetry import trace

from katana_client import KatanaClient, KatanaNotFoundError, RetryPolicy
from katana_client.observability import ObservedCall, Observer, OpenTelemetryObserver, observers_for
from katana_client.resilience import LocalRateLimiter, ResilientTransport
from katana_client.testing import FAKE_API_KEY, FakeKatana, Fault

FAST = RetryPolicy(attempts=3, initial=0.5, jitter=0)
SECRET = "sk-live-traced-secret"


def _client(
    fake: FakeKatana, clock: FakeClock, *observers: Observer, **kwargs: Any
) -> KatanaClient:
    transport = ResilientTransport(
        fake.transport(), retry=FAST, clock=clock, observers=observers, **kwargs
    )
    return KatanaClient(api_key=FAKE_API_KEY, base_url="http://127.0.0.1/v1", transport=transport)


def _tracing() -> tuple[OpenTelemetryObserver, Any]:
    exporter = in_memory.InMemorySpanExporter()
    provider = trace_sdk.TracerProvider()
    provider.add_span_processor(export.SimpleSpanProcessor(exporter))
    return OpenTelemetryObserver(tracer_provider=provider), exporter


async def test_one_span_per_call_with_an_event_per_retry() -> None:
    fake, clock = FakeKatana(), FakeClock()
    fake.faults.add(Fault(operation="getProduct", status=429, headers={"Retry-After": "2"}))
    fake.faults.add(Fault(operation="getProduct", status=503))
    tracing, exporter = _tracing()
    async with _client(fake, clock, tracing) as client:
        await client.products.get(1)
    (span,) = exporter.get_finished_spans()
    assert span.name == "GET /products/{id}"
    assert span.kind.name == "CLIENT"
    assert dict(span.attributes) == {
        "http.request.method": "GET",
        "url.full": "http://127.0.0.1/v1/products/1",
        "url.template": "/products/{id}",
        "server.address": "127.0.0.1",
        "server.port": 80,
        "katana.operation": "getProduct",
        "katana.attempts": 3,
        "http.request.resend_count": 2,
        "http.response.status_code": 200,
    }
    assert span.status.status_code.name == "UNSET"
    events = [(e.name, dict(e.attributes)) for e in span.events]
    assert events == [
        ("katana.retry", {"katana.attempt": 1, "katana.wait_seconds": 2.0,
                          "http.response.status_code": 429}),
        ("katana.retry", {"katana.attempt": 2, "katana.wait_seconds": 1.0,
                          "http.response.status_code": 503}),
    ]  # fmt: skip


async def test_a_rate_limiter_wait_is_an_event_of_the_call_it_held_back() -> None:
    fake, clock = FakeKatana(), FakeClock()
    tracing, exporter = _tracing()
    limiter = LocalRateLimiter(1, 10.0, clock=clock)
    async with _client(fake, clock, tracing, rate_limiter=limiter) as client:
        await client.products.get(1)
        await client.products.get(2)
    first, second = exporter.get_finished_spans()
    assert first.events == ()
    assert [(e.name, dict(e.attributes)) for e in second.events] == [
        ("katana.rate_limit_wait", {"katana.wait_seconds": 10.0})
    ]


async def test_a_4xx_ends_the_span_as_an_error_with_its_status() -> None:
    tracing, exporter = _tracing()
    async with _client(FakeKatana(), FakeClock(), tracing) as client:
        with pytest.raises(KatanaNotFoundError):
            await client.products.get(987654)
    (span,) = exporter.get_finished_spans()
    assert span.attributes["http.response.status_code"] == 404
    assert span.attributes["error.type"] == "404"
    assert span.status.status_code.name == "ERROR"
    assert span.attributes["katana.attempts"] == 1
    assert "http.request.resend_count" not in span.attributes


async def test_a_transport_failure_ends_the_span_with_the_error_type() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    tracing, exporter = _tracing()
    transport = ResilientTransport(
        httpx.MockTransport(refuse), retry=FAST, clock=FakeClock(), observers=[tracing]
    )
    async with KatanaClient(api_key="k", transport=transport) as client:
        with pytest.raises(Exception, match="could not connect"):
            await client.products.get(1)
    (span,) = exporter.get_finished_spans()
    assert span.attributes["error.type"] == "KatanaConnectionError"  # what the caller got
    assert span.attributes["katana.attempts"] == 3
    assert [e.name for e in span.events] == ["katana.retry", "katana.retry"]
    assert "http.response.status_code" not in span.attributes


async def test_spans_hold_no_query_string_nor_token() -> None:
    tracing, exporter = _tracing()
    transport = ResilientTransport(
        FakeKatana(api_keys=[SECRET]).transport(), clock=FakeClock(), observers=[tracing]
    )
    async with KatanaClient(
        api_key=SECRET, base_url="http://127.0.0.1/v1", transport=transport
    ) as client:
        await client.customers.list(email="jane@example.com").collect(max_items=1)
    (span, *_) = exporter.get_finished_spans()
    text = "".join(s.to_json() for s in exporter.get_finished_spans())
    assert span.attributes["url.full"] == "http://127.0.0.1/v1/customers"
    assert "jane@example.com" not in text
    assert SECRET not in text


async def test_the_span_is_current_while_the_call_runs() -> None:
    inside: list[Any] = []
    tracing, exporter = _tracing()

    class Peek(Observer):
        def attempt_ended(self, call: ObservedCall, **facts: Any) -> None:
            inside.append(trace.get_current_span().get_span_context())

    async with _client(FakeKatana(), FakeClock(), tracing, Peek()) as client:
        await client.products.get(1)
    (span,) = exporter.get_finished_spans()
    assert inside == [span.get_span_context()]
    assert not trace.get_current_span().get_span_context().is_valid  # restored after


def test_a_client_traces_by_itself_when_opentelemetry_is_installed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    (added,) = observers_for(())
    assert isinstance(added, OpenTelemetryObserver)
    mine = OpenTelemetryObserver()
    assert observers_for((mine,)) == (mine,)  # not a second one
    monkeypatch.setenv("OTEL_PYTHON_DISABLED_INSTRUMENTATIONS", "redis, katana_client")
    assert observers_for(()) == ()
    transport = KatanaClient(api_key="k").get_async_httpx_client()._transport
    assert isinstance(transport, ResilientTransport)
    assert transport.observers.all == ()


async def test_readme_tracer_provider_example_records_spans() -> None:
    _, tracing_code = blocks("docs/observability.md", "Metrics and tracing")
    fake = FakeKatana()
    namespace: dict[str, Any] = {"fake": fake}
    exec(tracing_code.replace("KatanaClient(", "fake.client("), namespace)  # README's own
    async with namespace["client"] as client:
        await client.products.get(1)
    (span,) = namespace["exporter"].get_finished_spans()
    assert span.name == "GET /products/{id}"
