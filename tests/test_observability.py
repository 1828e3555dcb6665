"""Observers and OpenTelemetry spans: one per call, with its attempts, retries and waits.

Run against the fake Katana with injected 429s and 503s, through a resilience transport
on a `FakeClock`, so that backoff and limiter waits are exact and instant.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from typing import Any

import httpx
import pytest
from docs_blocks import blocks
from faultserver import FakeClock

from katana_client import KatanaClient, KatanaNotFoundError, KatanaServerError, RetryPolicy
from katana_client.observability import ObservedCall, Observer, checked_observers, observers_for
from katana_client.resilience import LocalRateLimiter, ResilientTransport
from katana_client.testing import FAKE_API_KEY, FakeKatana, Fault

FAST = RetryPolicy(attempts=3, initial=0.5, jitter=0)
SECRET = "sk-live-observed-secret"


class Recorder(Observer):
    """Every callback, as (name, facts)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, dict[str, Any]]] = []
        self.calls: list[ObservedCall] = []

    def call_started(self, call: ObservedCall) -> None:
        self.calls.append(call)
        self.seen.append(("call_started", {}))

    def limiter_waited(self, call: ObservedCall, *, waited: float) -> None:
        self.seen.append(("limiter_waited", {"waited": waited}))

    def attempt_ended(
        self, call: ObservedCall, *, status: int | None, error: BaseException | None, elapsed: float
    ) -> None:
        facts = {"status": status, "error": error and type(error).__name__}
        self.seen.append(("attempt_ended", {**facts, "attempts": call.attempts}))

    def rate_limited(self, call: ObservedCall, *, retry_after: float | None) -> None:
        self.seen.append(("rate_limited", {"retry_after": retry_after}))

    def retrying(
        self, call: ObservedCall, *, wait: float, status: int | None, error: BaseException | None
    ) -> None:
        self.seen.append(("retrying", {"wait": wait, "status": status}))

    def call_ended(
        self, call: ObservedCall, *, status: int | None, error: BaseException | None
    ) -> None:
        self.seen.append(
            ("call_ended", {"status": status, "error": error and type(error).__name__})
        )


def _client(
    fake: FakeKatana, clock: FakeClock, *observers: Observer, **kwargs: Any
) -> KatanaClient:
    transport = ResilientTransport(
        fake.transport(), retry=FAST, clock=clock, observers=observers, **kwargs
    )
    return KatanaClient(api_key=FAKE_API_KEY, base_url="http://127.0.0.1/v1", transport=transport)


@pytest.mark.parametrize("limited", [False, True])  # with a limiter the 429 is read once
async def test_observer_hears_each_attempt_the_429_and_the_retry(limited: bool) -> None:
    fake, clock, recorder = FakeKatana(), FakeClock(), Recorder()
    fake.faults.add(Fault(operation="getProduct", status=429, headers={"Retry-After": "2"}))
    limiter = {"rate_limiter": LocalRateLimiter(10, 60.0, clock=clock)} if limited else {}
    async with _client(fake, clock, recorder, **limiter) as client:
        await client.products.get(1)
    assert recorder.seen == [
        ("call_started", {}),
        ("rate_limited", {"retry_after": 2.0}),
        ("attempt_ended", {"status": 429, "error": None, "attempts": 1}),
        ("retrying", {"wait": 2.0, "status": 429}),
        ("attempt_ended", {"status": 200, "error": None, "attempts": 2}),
        ("call_ended", {"status": 200, "error": None}),
    ]
    (call,) = recorder.calls
    assert (call.operation, call.method, call.url_template) == (
        "getProduct",
        "GET",
        "/products/{id}",
    )
    assert (call.path, call.server_address, call.server_port) == ("/v1/products/1", "127.0.0.1", 80)


async def test_observer_hears_the_rate_limiter_hold_a_call_back() -> None:
    fake, clock, recorder = FakeKatana(), FakeClock(), Recorder()
    limiter = LocalRateLimiter(1, 10.0, clock=clock)
    async with _client(fake, clock, recorder, rate_limiter=limiter) as client:
        await client.products.get(1)
        await client.products.get(1)
    waits = [facts["waited"] for name, facts in recorder.seen if name == "limiter_waited"]
    assert waits == [10.0]


async def test_a_failing_observer_is_logged_and_the_call_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Broken(Observer):
        def attempt_ended(self, call: ObservedCall, **facts: Any) -> None:
            raise RuntimeError(SECRET)

    recorder = Recorder()
    async with _client(FakeKatana(), FakeClock(), Broken(), recorder) as client:
        product = await client.products.get(1)
    assert product.id == 1
    assert [name for name, _ in recorder.seen].count("attempt_ended") == 1
    assert "Broken failed in attempt_ended (RuntimeError)" in caplog.text
    assert SECRET not in caplog.text


def test_an_observed_call_reads_the_url_without_query_or_fragment() -> None:
    request = httpx.Request("GET", "https://katana.test:8443/v1/a%3Fb/c?name=Ann#top")
    call = ObservedCall.of(request, "getThing", "/a/{id}/c")
    assert call.url == "https://katana.test:8443/v1/a%3Fb/c"
    assert (call.path, call.server_address, call.server_port) == ("/v1/a?b/c", "katana.test", 8443)
    plain = ObservedCall.of(httpx.Request("GET", "https://katana.test/v1/x?y=1"), None, None)
    assert (plain.url, plain.server_port) == ("https://katana.test/v1/x", 443)


async def test_each_callback_reaches_the_observers_that_define_it() -> None:
    heard: list[str] = []

    class EndsOnly(Observer):
        def call_ended(self, call: ObservedCall, **facts: Any) -> None:
            heard.append("call_ended")

    on_instance = Observer()
    on_instance.attempt_ended = lambda call, **facts: heard.append("attempt_ended")  # type: ignore[method-assign]
    async with _client(FakeKatana(), FakeClock(), EndsOnly(), on_instance) as client:
        await client.products.get(1)
    assert heard == ["attempt_ended", "call_ended"]


def test_observers_must_be_observers() -> None:
    from katana_client import KatanaConfigError  # noqa: PLC0415 - one test needs it

    with pytest.raises(KatanaConfigError, match="not builtin_function_or_method"):
        checked_observers([print])  # type: ignore[list-item]
    with pytest.raises(KatanaConfigError, match="not int"):
        KatanaClient(api_key="k", observers=[1])  # type: ignore[list-item]


def test_without_opentelemetry_a_client_has_no_observer(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("opentelemetry", "opentelemetry.trace"):  # as if not installed
        monkeypatch.setitem(sys.modules, name, None)
    assert observers_for(()) == ()
    with pytest.raises(ImportError, match=r"katana-client\[otel\]"):
        from katana_client.observability import OpenTelemetryObserver as _  # noqa: F401, PLC0415


@pytest.mark.slow
def test_neither_import_nor_a_client_imports_opentelemetry() -> None:
    code = (
        "import sys, katana_client; katana_client.KatanaClient(api_key='k')\n"
        "assert not [m for m in sys.modules if m.startswith('opentelemetry')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# --- logging levels ----------------------------------------------------------------------


async def test_a_404_raised_to_the_caller_is_not_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG, logger="katana_client")
    async with _client(FakeKatana(), FakeClock()) as client:
        with pytest.raises(KatanaNotFoundError):
            await client.products.get(987654)
    (record,) = [r for r in caplog.records if r.name == "katana_client"]
    assert record.levelno == logging.DEBUG
    assert "404" in record.getMessage()


async def test_retries_that_run_out_are_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="katana_client")
    fake = FakeKatana()
    fake.faults.add(Fault(operation="getProduct", status=503, times=None))
    async with _client(fake, FakeClock()) as client:
        with pytest.raises(KatanaServerError):
            await client.products.get(1)
    levels = [r.levelno for r in caplog.records if r.name == "katana_client"]
    assert levels == [logging.INFO, logging.INFO, logging.WARNING]


# --- the examples of docs/observability.md --------------------------------------------------


async def test_readme_metrics_observer_counts_attempts_retries_and_429s() -> None:
    metrics_code, _ = blocks("docs/observability.md", "Metrics and tracing")
    fake = FakeKatana()
    fake.faults.add(Fault(operation="getProduct", status=429, headers={"Retry-After": "0"}))
    namespace: dict[str, Any] = {"fake": fake, "FAST": RetryPolicy(initial=0.001)}
    exec(  # the README's own example, with the fake's client and quick retries
        metrics_code.replace("KatanaClient(", "fake.client(retry=FAST, "), namespace
    )
    async with namespace["client"] as client:
        await client.products.get(1)
        with pytest.raises(KatanaNotFoundError):
            await client.products.get(987654)
    metrics = namespace["metrics"]
    assert metrics.attempts == {("getProduct", "429"): 1, ("getProduct", "200"): 1,
                                ("getProduct", "404"): 1}  # fmt: skip
    assert metrics.retries == {"getProduct": 1}
    assert metrics.throttled == {"getProduct": 1}
    assert metrics.limiter_seconds == 0.0
