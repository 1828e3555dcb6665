"""Proxies from the environment carry requests, with auth, retries and the rate limit.

A real forward proxy on 127.0.0.1 (`ForwardProxy`) records what passes through it and
relays it to a real server. The variables are read by httpx's rules (HTTP_PROXY,
HTTPS_PROXY, ALL_PROXY, NO_PROXY, lower case first); plain http, which the SDK sends
to loopback hosts only, is never sent through a proxy that would carry it off the
machine unencrypted.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest
from faultserver import FakeClock, FaultServer, ForwardProxy, Reply

from katana_client import (
    KatanaClient,
    KatanaConfigError,
    KatanaConnectionError,
    KatanaInsecureTransportError,
    RetryPolicy,
)
from katana_client.generated.models import CreateSalesOrderDto
from katana_client.resilience import LocalRateLimiter
from katana_client.resilience._proxy import environment_proxies

FAST = RetryPolicy(attempts=3, initial=0.001, jitter=0)
PRODUCT = {"id": 1, "name": "Table"}


@pytest.fixture
async def server() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


@pytest.fixture
async def proxy() -> AsyncIterator[ForwardProxy]:
    async with ForwardProxy() as running:
        yield running


async def test_http_proxy_carries_the_request_with_its_token(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    server.script("GET", "/products/1", Reply(200, PRODUCT))
    async with KatanaClient(api_key="secret-key", base_url=server.url) as client:
        product = await client.products.get(1)
    assert product.name == "Table"
    [through] = proxy.received
    assert through.target == f"{server.url}/products/1"  # absolute form: a proxy request
    assert through.headers["authorization"] == "Bearer secret-key"
    assert server.count("GET", "/products/1") == 1


async def test_all_proxy_is_used_when_no_scheme_has_its_own(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("all_proxy", proxy.url)
    async with KatanaClient(api_key="k", base_url=server.url) as client:
        await client.get_async_httpx_client().get("/products")
    assert len(proxy.received) == 1


async def test_retries_go_through_the_proxy(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    server.script("GET", "/products/1", Reply(503, b""), Reply(200, PRODUCT))
    async with KatanaClient(api_key="k", base_url=server.url, retry=FAST) as client:
        await client.products.get(1)
    assert len(proxy.received) == 2
    assert server.count("GET", "/products/1") == 2


async def test_the_rate_limit_holds_on_the_proxied_path(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    clock = FakeClock()
    limiter = LocalRateLimiter(1, 10.0, clock=clock)
    async with KatanaClient(api_key="k", base_url=server.url, rate_limit=limiter) as client:
        http = client.get_async_httpx_client()
        await http.get("/products")
        await http.get("/products")
    assert sum(clock.sleeps) >= 10.0  # the second request waited out the window
    assert len(proxy.received) == 2


async def test_the_body_cap_holds_on_the_proxied_path(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    from katana_client import KatanaResponseTooLargeError  # noqa: PLC0415 - one test's import

    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    server.script("GET", "/products/1", Reply(200, {**PRODUCT, "name": "x" * 4096}))
    async with KatanaClient(api_key="k", base_url=server.url, max_response_bytes=1024) as client:
        with pytest.raises(KatanaResponseTooLargeError):
            await client.products.get(1)
    assert len(proxy.received) == 1


async def test_no_proxy_sends_its_hosts_direct(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    monkeypatch.setenv("NO_PROXY", "example.com, 127.0.0.1")
    async with KatanaClient(api_key="k", base_url=server.url) as client:
        await client.get_async_httpx_client().get("/products")
    assert proxy.received == []
    assert server.count("GET", "/products") == 1


async def test_trust_env_false_ignores_proxy_variables(
    server: FaultServer, proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy.url)
    async with KatanaClient(api_key="k", base_url=server.url, trust_env=False) as client:
        await client.get_async_httpx_client().get("/products")
    assert proxy.received == []


async def test_an_https_request_goes_through_the_proxy_as_a_tunnel(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    base_url = "https://katana.invalid/v1"  # never resolved: the proxy is asked for it
    async with KatanaClient(api_key="secret-key", base_url=base_url, retry=False) as client:
        with pytest.raises(KatanaConnectionError):  # the test proxy refuses tunnels
            await client.products.get(1)
    [tunnel] = proxy.received
    assert (tunnel.method, tunnel.target) == ("CONNECT", "katana.invalid:443")
    assert "authorization" not in tunnel.headers  # the token travels inside TLS only


async def test_a_create_whose_tunnel_the_proxy_refuses_is_retried_as_not_sent(
    proxy: ForwardProxy, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The refused CONNECT ends before the request goes through: Katana never saw it.
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    base_url = "https://katana.invalid/v1"
    async with KatanaClient(api_key="k", base_url=base_url, retry=FAST) as client:
        with pytest.raises(KatanaConnectionError, match="proxy refused") as caught:
            await client.sales_orders.create(
                CreateSalesOrderDto(customer_id=1, sales_order_rows=[])
            )
    assert (caught.value.request_sent, caught.value.outcome_unknown) == (False, False)
    assert "may already have acted" not in str(caught.value)
    assert caught.value.attempts == FAST.attempts
    assert [r.method for r in proxy.received] == ["CONNECT"] * FAST.attempts


async def test_plain_http_through_a_proxy_off_this_machine_is_refused(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # TEST-NET-1: never routed, so nothing can arrive there either way.
    monkeypatch.setenv("HTTP_PROXY", "http://proxyuser:proxy-password@192.0.2.1:3128")
    async with KatanaClient(api_key="secret-key", base_url=server.url) as client:
        with pytest.raises(KatanaInsecureTransportError, match="NO_PROXY") as caught:
            await client.products.get(1)
    message = str(caught.value)
    assert "192.0.2.1:3128" in message
    assert "proxy-password" not in message
    assert "proxyuser" not in message
    assert "secret-key" not in message


async def test_plain_http_through_a_proxy_on_this_machine_is_allowed_by_no_proxy_too(
    server: FaultServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://192.0.2.1:3128")
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    async with KatanaClient(api_key="k", base_url=server.url) as client:
        await client.get_async_httpx_client().get("/products")
    assert server.count("GET", "/products") == 1


def test_an_unusable_proxy_variable_is_a_config_error_that_hides_the_url(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "ftp://proxyuser:proxy-password@proxy.example:21")
    client = KatanaClient(api_key="k")
    with pytest.raises(KatanaConfigError, match="HTTPS_PROXY") as caught:
        client.get_async_httpx_client()
    error: BaseException | None = caught.value
    while error is not None:  # neither the error nor anything chained to it
        assert "proxy-password" not in str(error)
        assert "proxy-password" not in repr(error)
        error = error.__cause__ or error.__context__


@pytest.mark.parametrize(
    "variables",
    [
        {"HTTP_PROXY": "http://127.0.0.1:3128"},
        {"https_proxy": "proxy.example:8080"},
        {"ALL_PROXY": "http://p:1", "NO_PROXY": "localhost,.example.com,example.org"},
        {"ALL_PROXY": "http://p:1", "NO_PROXY": "::1,10.0.0.1,192.168.0.0/16,http://a.b"},
        {"HTTP_PROXY": "http://p:1", "NO_PROXY": "a.com,*"},
        {"NO_PROXY": "example.com"},
    ],
)
def test_the_variables_are_read_as_httpx_reads_them(
    variables: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from httpx._utils import get_environment_proxies  # noqa: PLC0415 - httpx's own reading

    for name, value in variables.items():
        monkeypatch.setenv(name, value)
    assert environment_proxies() == get_environment_proxies()


async def test_a_custom_transport_is_used_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://192.0.2.1:3128")
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    # As with httpx: a transport given by hand is not replaced by the environment's.
    transport = httpx.MockTransport(answer)
    async with KatanaClient(api_key="k", base_url="http://127.0.0.1:1", transport=transport) as c:
        await c.get_async_httpx_client().get("/products")
    assert len(seen) == 1
