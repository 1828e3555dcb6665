"""Specification of `KatanaClient`: configuration, auth, base URL and lifecycle."""

from __future__ import annotations

from collections.abc import Generator

import httpx
import pytest
from conftest import RecordingTransport

from katana_client import KatanaClient, KatanaConfigError, KatanaError, __version__
from katana_client._client import DEFAULT_BASE_URL
from katana_client._errors import KatanaClientClosedError
from katana_client.auth import Secret
from katana_client.generated import AuthenticatedClient
from katana_client.generated.api.products import get_all_products

KEY = "kat-test-key-7f3a9c2e"


# --- API key --------------------------------------------------------------------------


async def test_api_key_is_read_from_katana_api_key_env(
    monkeypatch: pytest.MonkeyPatch, transport: RecordingTransport
) -> None:
    monkeypatch.setenv("KATANA_API_KEY", KEY)
    async with KatanaClient(transport=transport) as client:
        await client.get_async_httpx_client().get("/products")
    assert transport.requests[0].headers["Authorization"] == f"Bearer {KEY}"


def test_missing_api_key_raises_config_error_that_names_the_env_var() -> None:
    with pytest.raises(KatanaConfigError, match="set the KATANA_API_KEY environment variable"):
        KatanaClient()


def test_blank_api_key_in_env_counts_as_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_API_KEY", "  \n")
    with pytest.raises(KatanaConfigError, match="KATANA_API_KEY"):
        KatanaClient()


def test_config_error_is_a_katana_error() -> None:
    with pytest.raises(KatanaError):
        KatanaClient()


async def test_explicit_api_key_wins_over_env(
    monkeypatch: pytest.MonkeyPatch, transport: RecordingTransport
) -> None:
    monkeypatch.setenv("KATANA_API_KEY", "key-from-env")
    async with KatanaClient(api_key=KEY, transport=transport) as client:
        await client.get_async_httpx_client().get("/products")
    assert transport.requests[0].headers["Authorization"] == f"Bearer {KEY}"


async def test_surrounding_whitespace_is_stripped_from_the_key(
    transport: RecordingTransport,
) -> None:
    async with KatanaClient(api_key=f" {KEY}\n", transport=transport) as client:
        await client.get_async_httpx_client().get("/products")
    assert transport.requests[0].headers["Authorization"] == f"Bearer {KEY}"


def test_key_with_inner_whitespace_is_rejected_without_echoing_it() -> None:
    bad_key = "kat-secret part2"
    with pytest.raises(KatanaConfigError) as excinfo:
        KatanaClient(api_key=bad_key)
    assert "kat-secret" not in str(excinfo.value)
    assert "part2" not in repr(excinfo.value)


def test_key_never_appears_in_client_repr_or_str() -> None:
    client = KatanaClient(api_key=KEY)
    assert KEY not in repr(client)
    assert KEY not in str(client)
    assert DEFAULT_BASE_URL in repr(client)


def test_secret_hides_its_value_in_repr_str_and_format() -> None:
    secret = Secret(KEY)
    assert KEY not in repr(secret)
    assert KEY not in str(secret)
    assert KEY not in f"{secret}"
    assert secret.reveal() == KEY


def test_key_never_appears_in_base_url_error() -> None:
    with pytest.raises(KatanaConfigError) as excinfo:
        KatanaClient(api_key=KEY, base_url="http://example.com")
    assert KEY not in str(excinfo.value)


# --- Requests -------------------------------------------------------------------------


async def test_authorization_header_is_sent_on_every_request(
    transport: RecordingTransport,
) -> None:
    async with KatanaClient(api_key=KEY, transport=transport) as client:
        http = client.get_async_httpx_client()
        await http.get("/products")
        await http.post("/sales_orders", json={"customer_id": 1})
    assert len(transport.requests) == 2
    assert all(r.headers["Authorization"] == f"Bearer {KEY}" for r in transport.requests)


async def test_user_agent_names_the_package_and_version(transport: RecordingTransport) -> None:
    async with KatanaClient(api_key=KEY, transport=transport) as client:
        await client.get_async_httpx_client().get("/products")
    assert transport.requests[0].headers["User-Agent"] == f"katana-client/{__version__}"


async def test_extra_headers_are_sent(transport: RecordingTransport) -> None:
    async with KatanaClient(
        api_key=KEY, transport=transport, headers={"X-Request-Source": "tests"}
    ) as client:
        await client.get_async_httpx_client().get("/products")
    assert transport.requests[0].headers["X-Request-Source"] == "tests"


async def test_endpoint_paths_are_appended_to_the_base_url(transport: RecordingTransport) -> None:
    async with KatanaClient(api_key=KEY, transport=transport) as client:
        await client.get_async_httpx_client().get("/products", params={"page": 2})
    assert str(transport.requests[0].url) == "https://api.katanamrp.com/v1/products?page=2"


async def test_auth_reads_the_key_on_each_request() -> None:
    # The seam key rotation relies on: a new key takes effect without a new client.
    class Rotating:
        def __init__(self) -> None:
            self.key = "first-key"

        async def get_token(self) -> Secret:
            return Secret(self.key)

        def invalidate(self) -> None:
            pass

    provider = Rotating()
    transport = RecordingTransport()
    async with KatanaClient(token_provider=provider, transport=transport) as client:
        await client.get_async_httpx_client().get("/a")
        provider.key = "second-key"
        await client.get_async_httpx_client().get("/b")
    assert [r.headers["Authorization"] for r in transport.requests] == [
        "Bearer first-key",
        "Bearer second-key",
    ]


async def test_default_timeout_is_30s_with_10s_connect_and_120s_for_a_slot() -> None:
    async with KatanaClient(api_key=KEY) as client:
        timeout = client.get_async_httpx_client().timeout
        assert timeout == httpx.Timeout(30.0, connect=10.0, pool=120.0)


async def test_timeout_accepts_seconds() -> None:
    async with KatanaClient(api_key=KEY, timeout=5) as client:
        assert client.get_async_httpx_client().timeout == httpx.Timeout(5.0)


async def test_timeout_none_means_no_timeout_in_both_clients() -> None:
    # One meaning, httpx's: None disables every timeout; leave it out for the default.
    async with (
        KatanaClient(api_key=KEY, timeout=None) as client,
        AuthenticatedClient(base_url="https://x", token="t", timeout=None) as plain,
    ):
        assert client.get_async_httpx_client().timeout == httpx.Timeout(None)
        assert plain.get_async_httpx_client().timeout == httpx.Timeout(None)


async def test_both_clients_have_the_same_default_timeout() -> None:
    async with (
        KatanaClient(api_key=KEY) as client,
        AuthenticatedClient(base_url="https://x", token="t") as plain,
    ):
        default = client.get_async_httpx_client().timeout
        assert plain.get_async_httpx_client().timeout == default


# --- Base URL -------------------------------------------------------------------------


def test_base_url_defaults_to_katana_v1() -> None:
    assert KatanaClient(api_key=KEY).base_url == "https://api.katanamrp.com/v1"


def test_base_url_is_read_from_katana_base_url_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_BASE_URL", "https://sandbox.example.com/v1")
    assert KatanaClient(api_key=KEY).base_url == "https://sandbox.example.com/v1"


def test_explicit_base_url_wins_over_env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_BASE_URL", "https://sandbox.example.com/v1")
    client = KatanaClient(api_key=KEY, base_url="https://other.example.com/v1/")
    assert client.base_url == "https://other.example.com/v1"


@pytest.mark.parametrize(
    "url",
    ["http://localhost:8080/v1", "http://127.0.0.1:9000", "http://[::1]:9000/v1"],
)
def test_plain_http_is_allowed_for_loopback_hosts(url: str) -> None:
    assert KatanaClient(api_key=KEY, base_url=url).base_url == url.rstrip("/")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("http://api.katanamrp.com/v1", "must use https"),
        ("ftp://api.katanamrp.com/v1", "absolute http"),
        ("api.katanamrp.com/v1", "absolute http"),
        ("https:///v1", "absolute http"),
        ("", "absolute http"),
        ("https://api.katanamrp.com/v1?page=1", "query string"),
        ("https://user:pass@api.katanamrp.com/v1", "must not contain credentials"),
    ],
)
def test_invalid_base_url_raises_config_error(url: str, reason: str) -> None:
    with pytest.raises(KatanaConfigError, match=reason):
        KatanaClient(api_key=KEY, base_url=url)


def test_invalid_base_url_in_env_names_the_env_var(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_BASE_URL", "http://api.katanamrp.com/v1")
    with pytest.raises(KatanaConfigError, match="KATANA_BASE_URL"):
        KatanaClient(api_key=KEY)


def test_credentials_in_base_url_are_not_echoed() -> None:
    with pytest.raises(KatanaConfigError) as excinfo:
        KatanaClient(api_key=KEY, base_url="http://user:hunter2@example.com")
    assert "hunter2" not in str(excinfo.value)


# --- Lifecycle ------------------------------------------------------------------------


async def test_one_pooled_httpx_client_is_reused() -> None:
    async with KatanaClient(api_key=KEY) as client:
        assert client.get_async_httpx_client() is client.get_async_httpx_client()


async def test_context_manager_closes_the_httpx_client() -> None:
    async with KatanaClient(api_key=KEY) as client:
        http = client.get_async_httpx_client()
        was_open = not http.is_closed
    assert was_open
    assert http.is_closed
    assert client.is_closed


async def test_using_a_closed_client_raises_a_clear_error() -> None:
    client = KatanaClient(api_key=KEY)
    await client.aclose()
    with pytest.raises(KatanaClientClosedError, match="closed"):
        client.get_async_httpx_client()


async def test_closed_client_cannot_be_reentered() -> None:
    client = KatanaClient(api_key=KEY)
    async with client:
        pass
    with pytest.raises(KatanaClientClosedError):
        async with client:
            pass


async def test_aclose_is_idempotent_and_works_before_first_use() -> None:
    client = KatanaClient(api_key=KEY)
    await client.aclose()
    await client.aclose()
    assert client.is_closed


# --- With generated endpoints ---------------------------------------------------------


async def test_generated_endpoint_sends_its_request_through_katana_client(
    transport: RecordingTransport,
) -> None:
    # The README's quick start: a KatanaClient is what generated endpoints take.
    async with KatanaClient(api_key=KEY, transport=transport) as client:
        await get_all_products.asyncio(client=client, page=2)
    (request,) = transport.requests
    assert request.method == "GET"
    assert request.url.path == "/v1/products"
    assert request.url.params["page"] == "2"
    assert request.headers["Authorization"] == f"Bearer {KEY}"


class _RotatingAuth(httpx.Auth):
    def __init__(self, *keys: str) -> None:
        self.keys = iter(keys)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {next(self.keys)}"
        yield request


async def test_generated_client_authorizes_each_request_with_auth(
    transport: RecordingTransport,
) -> None:
    # The hook KatanaClient uses: per-request auth instead of a token copied once.
    built: list[str] = []

    def httpx_args() -> dict[str, object]:
        built.append("transport")
        return {"transport": transport}

    plain = AuthenticatedClient(
        base_url="https://api.katanamrp.com/v1",
        auth=_RotatingAuth("first-key", "second-key"),
        httpx_args=httpx_args,
    )
    assert built == []  # the function runs when the httpx client is built, not before
    async with plain:
        await get_all_products.asyncio(client=plain)
        await get_all_products.asyncio(client=plain)
    assert built == ["transport"]
    assert [r.headers["Authorization"] for r in transport.requests] == [
        "Bearer first-key",
        "Bearer second-key",
    ]


def test_generated_client_needs_exactly_one_of_token_and_auth() -> None:
    with pytest.raises(TypeError, match="token= or auth="):
        AuthenticatedClient(base_url="https://x")
    with pytest.raises(TypeError, match="token= or auth="):
        AuthenticatedClient(base_url="https://x", token="t", auth=httpx.BasicAuth("u", "p"))
