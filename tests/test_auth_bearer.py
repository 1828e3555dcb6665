"""Specification of `TokenAuth`: a token per request, renewal on 401, shared refreshes."""

from __future__ import annotations

import asyncio
import json

import httpx
import pytest
from servers.leakcheck import leak_scan, make_secret

from katana_client.auth import (
    KatanaAuthenticationError,
    KatanaAuthError,
    KatanaInsecureTransportError,
    Secret,
    TokenAuth,
)

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)


class RotatingProvider:
    """Hands out keys[i]; invalidate() moves to the next key, as a store after rotation."""

    source = "the test's rotating provider"

    def __init__(self, *keys: str, fetch_delay: float = 0.0) -> None:
        self.keys = [Secret(k) for k in keys]
        self.index = 0
        self.get_calls = 0
        self.invalidations = 0
        self.fetch_delay = fetch_delay

    async def get_token(self) -> Secret:
        self.get_calls += 1
        if self.fetch_delay:
            await asyncio.sleep(self.fetch_delay)
        return self.keys[self.index]

    def invalidate(self) -> None:
        self.invalidations += 1
        self.index = min(self.index + 1, len(self.keys) - 1)


class Katana:
    """A MockTransport handler that accepts one key at a time and records requests."""

    def __init__(self, accepted: str) -> None:
        self.accepted = accepted
        self.seen: list[tuple[str, bytes]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        token = request.headers.get("Authorization", "").removeprefix("Bearer ")
        self.seen.append((token, request.content))
        if token == self.accepted:
            return httpx.Response(200, json={"ok": True})
        return httpx.Response(401, json={"statusCode": 401, "name": "UnauthorizedError"})


def client(
    provider: RotatingProvider, katana: Katana, base: str = "https://k"
) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        auth=TokenAuth(provider), transport=httpx.MockTransport(katana), base_url=base
    )


async def test_each_request_asks_the_provider_for_the_token() -> None:
    key = make_secret()
    provider = RotatingProvider(key)
    async with client(provider, Katana(key)) as http:
        await http.get("/a")
        await http.get("/b")
    assert provider.get_calls == 2


async def test_token_is_sent_as_bearer_authorization() -> None:
    key = make_secret()
    katana = Katana(key)
    async with client(RotatingProvider(key), katana) as http:
        response = await http.get("/products")
    assert response.status_code == 200
    assert katana.seen[0][0] == key


async def test_401_invalidates_fetches_again_and_retries_once_with_the_new_token() -> None:
    old, new = make_secret("old"), make_secret("new")
    provider = RotatingProvider(old, new)
    katana = Katana(new)
    async with client(provider, katana) as http:
        response = await http.get("/products")
    assert response.status_code == 200
    assert [token for token, _ in katana.seen] == [old, new]
    assert provider.invalidations == 1


async def test_retried_request_carries_the_same_body() -> None:
    old, new = make_secret("old"), make_secret("new")
    katana = Katana(new)
    async with client(RotatingProvider(old, new), katana) as http:
        await http.post("/sales_orders", json={"customer_id": 7})
    assert katana.seen[0][1] == katana.seen[1][1]
    assert json.loads(katana.seen[0][1]) == {"customer_id": 7}


async def test_401_with_no_other_token_raises_authentication_error_without_retrying() -> None:
    key = make_secret()
    katana = Katana("something-else")
    async with client(RotatingProvider(key), katana) as http:
        with pytest.raises(KatanaAuthenticationError, match="Settings > API") as caught:
            await http.get("/products")
    assert len(katana.seen) == 1
    assert caught.value.status_code == 401
    assert caught.value.source == "the test's rotating provider"


async def test_second_401_after_renewal_raises_authentication_error() -> None:
    old, new = make_secret("old"), make_secret("new")
    katana = Katana("neither")
    async with client(RotatingProvider(old, new), katana) as http:
        with pytest.raises(KatanaAuthenticationError, match="twice"):
            await http.get("/products")
    assert len(katana.seen) == 2


async def test_authentication_error_is_a_katana_auth_error() -> None:
    assert issubclass(KatanaAuthenticationError, KatanaAuthError)


async def test_concurrent_401s_share_one_renewal() -> None:
    old, new = make_secret("old"), make_secret("new")
    provider = RotatingProvider(old, new, fetch_delay=0.01)
    katana = Katana(new)
    async with client(provider, katana) as http:
        responses = await asyncio.gather(*(http.get(f"/p/{i}") for i in range(20)))
    assert all(r.status_code == 200 for r in responses)
    assert provider.invalidations == 1


async def test_concurrent_401s_with_an_unchanged_key_invalidate_once_and_all_fail() -> None:
    key = make_secret()
    provider = RotatingProvider(key, fetch_delay=0.01)
    async with client(provider, Katana("rotated-away")) as http:
        results = await asyncio.gather(
            *(http.get(f"/p/{i}") for i in range(10)), return_exceptions=True
        )
    assert all(isinstance(r, KatanaAuthenticationError) for r in results)
    assert provider.invalidations == 1


async def test_a_later_401_renews_again() -> None:
    first, second, third = make_secret("a"), make_secret("b"), make_secret("c")
    provider = RotatingProvider(first, second, third)
    katana = Katana(second)
    async with client(provider, katana) as http:
        await http.get("/x")
        katana.accepted = third  # the key is rotated again later
        response = await http.get("/y")
    assert response.status_code == 200
    assert provider.invalidations == 2


async def test_other_error_statuses_are_returned_untouched() -> None:
    key = make_secret()
    provider = RotatingProvider(key)
    transport = httpx.MockTransport(lambda r: httpx.Response(403))
    async with httpx.AsyncClient(auth=TokenAuth(provider), transport=transport) as http:
        response = await http.get("https://k/x")
    assert response.status_code == 403
    assert provider.invalidations == 0


@pytest.mark.parametrize("url", ["http://api.katanamrp.com/v1/products", "http://10.0.0.5/x"])
async def test_token_is_never_sent_over_plain_http_to_a_remote_host(url: str) -> None:
    key = make_secret()
    katana = Katana(key)
    async with httpx.AsyncClient(
        auth=TokenAuth(RotatingProvider(key)), transport=httpx.MockTransport(katana)
    ) as http:
        with pytest.raises(KatanaInsecureTransportError, match="https"):
            await http.get(url)
    assert katana.seen == []


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]/x"])
async def test_plain_http_to_loopback_is_allowed(url: str) -> None:
    key = make_secret()
    async with httpx.AsyncClient(
        auth=TokenAuth(RotatingProvider(key)), transport=httpx.MockTransport(Katana(key))
    ) as http:
        assert (await http.get(url)).status_code == 200


def test_sync_httpx_client_is_refused() -> None:
    key = make_secret()
    with (
        httpx.Client(
            auth=TokenAuth(RotatingProvider(key)), transport=httpx.MockTransport(Katana(key))
        ) as http,
        pytest.raises(KatanaAuthError, match="AsyncClient"),
    ):
        http.get("https://k/x")
