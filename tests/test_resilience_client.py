"""How KatanaClient wires resilience in: defaults, per-call options, hooks and logging."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import AsyncIterator

import httpx
import pytest
from faultserver import FaultServer, Reply

from katana_client import KatanaClient, KatanaServerError, RetryPolicy
from katana_client._runtime import Operation, build_response
from katana_client._runtime._exchange import Exchange, request_extensions
from katana_client.resilience import LocalRateLimiter, ResilientTransport, shared_rate_limiter

FAST = RetryPolicy(attempts=4, initial=0.001, jitter=0)
SECRET = "sk-live-secret-key"


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


def test_defaults_retry_and_share_the_process_limiter() -> None:
    transport = KatanaClient(api_key="k").get_async_httpx_client()._transport
    assert isinstance(transport, ResilientTransport)
    assert transport.retry == RetryPolicy()
    assert transport.rate_limiter is shared_rate_limiter()


def test_a_mock_transport_gets_neither_retries_nor_a_limit_unless_asked() -> None:
    mock = httpx.MockTransport(lambda request: httpx.Response(200))
    plain = KatanaClient(api_key="k", transport=mock).get_async_httpx_client()._transport
    assert isinstance(plain, ResilientTransport)
    assert (plain.retry, plain.rate_limiter) == (None, None)
    limiter = LocalRateLimiter()
    asked = KatanaClient(api_key="k", transport=mock, retry=3, rate_limit=limiter)
    wrapped = asked.get_async_httpx_client()._transport
    assert isinstance(wrapped, ResilientTransport)
    assert wrapped.retry == RetryPolicy(attempts=3)
    assert wrapped.rate_limiter is limiter


async def test_options_change_retries_for_calls_inside_the_block_only(
    server: FaultServer,
) -> None:
    server.script("GET", "/products", Reply(503, b""), Reply(503, b""))
    async with KatanaClient(api_key="k", base_url=server.url, retry=FAST) as client:
        http = client.get_async_httpx_client()
        with client.options(retry=False):
            first = await http.get("/products")
        second = await http.get("/products")
    assert (first.status_code, second.status_code) == (503, 200)
    assert server.count("GET", "/products") == 3


async def test_options_do_not_leak_to_another_client(server: FaultServer) -> None:
    server.script("GET", "/products", Reply(503, b""))
    async with (
        KatanaClient(api_key="k", base_url=server.url, retry=FAST) as one,
        KatanaClient(api_key="k", base_url=server.url, retry=FAST) as other,
    ):
        with one.options(retry=False):
            response = await other.get_async_httpx_client().get("/products")
    assert response.status_code == 200


async def test_options_set_a_per_call_timeout(server: FaultServer) -> None:
    seen: list[object] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.extensions["timeout"])

    async with KatanaClient(
        api_key="k", base_url=server.url, event_hooks={"request": [hook]}
    ) as client:
        http = client.get_async_httpx_client()
        with client.options(timeout=1.5):
            response = await http.get("/products")
    # The hook runs before the transport: it sees the client default; the wire sees 1.5.
    assert response.request.extensions["timeout"]["read"] == 1.5
    assert seen
    assert seen[0] != response.request.extensions["timeout"]


async def test_user_event_hooks_see_each_call_once_with_its_final_response(
    server: FaultServer,
) -> None:
    server.script("GET", "/products", Reply(502, b""))
    statuses: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        statuses.append(response.status_code)

    async with KatanaClient(
        api_key="k", base_url=server.url, retry=FAST, event_hooks={"response": [on_response]}
    ) as client:
        await client.get_async_httpx_client().get("/products")
    assert statuses == [200]
    assert server.count("GET", "/products") == 2


async def test_each_attempt_is_logged_without_secrets_or_query(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("GET", "/customers", Reply(503, b""))
    caplog.set_level(logging.DEBUG, logger="katana_client")
    async with KatanaClient(api_key=SECRET, base_url=server.url, retry=FAST) as client:
        await client.get_async_httpx_client().get(
            "/customers",
            params={"email": "jane@example.com"},
            extensions=request_extensions(
                Exchange(Operation(id="getAllCustomers", method="GET", path="/", idempotent=True))
            ),
        )
    records = [r for r in caplog.records if r.name == "katana_client"]
    facts = [r.katana for r in records if "attempt" in r.katana]  # type: ignore[attr-defined]
    assert [(f["status"], f["attempt"]) for f in facts] == [(503, 1), (200, 2)]
    assert facts[0]["retry_in"] is not None
    assert all(f["path"] == "/customers" and f["operation"] == "getAllCustomers" for f in facts)
    assert all(f["method"] == "GET" and f["elapsed"] >= 0 for f in facts)
    text = "\n".join(r.getMessage() for r in records) + repr([r.__dict__ for r in records])
    assert SECRET not in text
    assert "jane@example.com" not in text


async def test_rate_limit_waits_are_logged(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="katana_client")
    limiter = LocalRateLimiter(1, 0.05)
    async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as client:
        http = client.get_async_httpx_client()
        await http.get("/products")
        await http.get("/products")
    waits = [r for r in caplog.records if "rate_limit_wait" in getattr(r, "katana", {})]
    assert len(waits) == 1
    assert waits[0].katana["rate_limit_wait"] > 0  # type: ignore[attr-defined]


async def test_final_failure_is_logged_as_a_warning(
    server: FaultServer, caplog: pytest.LogCaptureFixture
) -> None:
    server.script("POST", "/sales_orders", Reply(500, b""))
    caplog.set_level(logging.DEBUG, logger="katana_client")
    async with KatanaClient(api_key="k", base_url=server.url, retry=FAST) as client:
        response = await client.get_async_httpx_client().post(
            "/sales_orders",
            content=b"{}",
            extensions=request_extensions(
                Exchange(
                    Operation(id="createSalesOrder", method="POST", path="/", idempotent=False)
                )
            ),
        )
        with pytest.raises(KatanaServerError) as caught:
            build_response(response, None)
    assert caught.value.outcome_unknown is True
    assert [r.levelno for r in caplog.records if r.name == "katana_client"] == [logging.WARNING]


@pytest.mark.slow
def test_importing_the_package_does_not_import_redis() -> None:
    code = "import sys, katana_client; assert 'redis' not in sys.modules, 'redis imported'"
    subprocess.run([sys.executable, "-c", code], check=True)
