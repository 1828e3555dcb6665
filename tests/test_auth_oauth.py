"""Specification of Katana OAuth: authorization, code exchange, rotation-safe refresh.

Runs against `katana_client.testing.FakeKatanaLogin`, a real HTTP server on 127.0.0.1 that
enforces refresh-token rotation as Katana does: a refresh token presented twice revokes
the whole grant. Many tests end by asserting the server never saw such a reuse.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import re
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from servers.leakcheck import (
    MARKER,
    find_leaks,
    leak_scan,
    make_secret,
    register,
    render_exception,
)

from katana_client import KatanaClient, KatanaConfigError
from katana_client.auth import (
    FileTokenStore,
    KatanaOAuthError,
    KatanaReauthorizationRequiredError,
    KatanaTokenStoreError,
    MemoryTokenStore,
    OAuthApp,
    OAuthTokenProvider,
    OAuthTokens,
    Secret,
    TokenStore,
)
from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)

CLIENT_ID = "katana-test-app"
REDIRECT_URI = "https://app.example.com/katana/callback"


def s256(verifier: str) -> str:
    """RFC 7636's S256 challenge, computed independently of the code under test."""
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).decode().rstrip("=")


class Clock:
    """Wall-clock seconds the tests move forward by hand."""

    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def login() -> Iterator[FakeKatanaLogin]:
    with FakeKatanaLogin(
        token_prefix=MARKER,
        client_id=CLIENT_ID,
        client_secret=make_secret("client-secret"),
        redirect_uri=REDIRECT_URI,
    ) as server:
        yield server


def make_app(login: FakeKatanaLogin, **kwargs: object) -> OAuthApp:
    return OAuthApp(
        client_id=CLIENT_ID,
        client_secret=login.client_secret,
        redirect_uri=REDIRECT_URI,
        authorize_url=f"{login.url}/authorize",
        token_url=f"{login.url}/oauth/token",
        **kwargs,  # type: ignore[arg-type]
    )


async def authorize(app: OAuthApp, store: TokenStore) -> OAuthTokens:
    """The whole browser round trip: authorization URL -> callback -> code exchange."""
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        redirect = await http.get(request.url)
    callback = httpx.URL(redirect.headers["Location"])
    return await app.exchange_code(
        callback.params["code"],
        state=callback.params.get("state"),
        expected_state=request.state,
        code_verifier=request.code_verifier,
        store=store,
    )


def katana(provider: OAuthTokenProvider, login: FakeKatanaLogin) -> KatanaClient:
    return KatanaClient(token_provider=provider, base_url=f"{login.url}/v1")


async def get_products(client: KatanaClient) -> int:
    return (await client.get_async_httpx_client().get("/products")).status_code


class RecordingStore(MemoryTokenStore):
    """A memory store that checks, at each save, that the server has not yet seen the
    access token being saved: new tokens must be persisted before they are used."""

    def __init__(self, login: FakeKatanaLogin) -> None:
        super().__init__()
        self.login = login
        self.saves: list[OAuthTokens] = []

    async def save(self, tokens: OAuthTokens) -> None:
        if all(tokens.access_token != saved.access_token for saved in self.saves):
            used = {token for _, _, token in self.login.api_requests}
            assert tokens.access_token.reveal() not in used, "access token used before saved"
        self.saves.append(tokens)
        await super().save(tokens)


# --- Authorization request and code exchange ----------------------------------------


def test_authorization_url_asks_katana_for_a_code_with_offline_access_state_and_pkce() -> None:
    app = OAuthApp(client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri=REDIRECT_URI)
    request = app.authorization_request()
    url = httpx.URL(request.url)
    assert url.copy_with(query=None) == "https://login.katanamrp.com/authorize"
    assert request.code_verifier is not None
    assert dict(url.params) == {
        "response_type": "code",
        "client_id": CLIENT_ID,
        "redirect_uri": REDIRECT_URI,
        "audience": "https://api.katanamrp.com",
        "scope": "offline_access",
        "state": request.state,
        "code_challenge": s256(request.code_verifier),
        "code_challenge_method": "S256",
    }
    assert request.code_verifier not in request.url
    assert request.code_verifier not in repr(request)


def test_pkce_verifier_is_new_each_time_and_in_rfc_7636_form() -> None:
    app = OAuthApp(client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri=REDIRECT_URI)
    verifiers = {app.authorization_request().code_verifier for _ in range(20)}
    assert len(verifiers) == 20
    for verifier in verifiers:
        assert verifier is not None
        assert re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier)


def test_authorization_url_without_pkce_has_no_challenge() -> None:
    app = OAuthApp(
        client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri=REDIRECT_URI, pkce=False
    )
    request = app.authorization_request()
    assert request.code_verifier is None
    params = httpx.URL(request.url).params
    assert "code_challenge" not in params
    assert "code_challenge_method" not in params


def test_each_authorization_request_has_a_new_unguessable_state() -> None:
    app = OAuthApp(client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri=REDIRECT_URI)
    states = {app.authorization_request().state for _ in range(20)}
    assert len(states) == 20
    assert all(len(state) >= 40 for state in states)


async def test_code_exchange_saves_the_tokens_in_the_store(login: FakeKatanaLogin) -> None:
    store = MemoryTokenStore()
    tokens = await authorize(make_app(login), store)
    assert await store.load() == tokens
    assert tokens.refresh_token is not None
    assert tokens.expires_at is not None


async def test_callback_with_a_wrong_state_is_refused_before_the_code_is_used(
    login: FakeKatanaLogin,
) -> None:
    app = make_app(login)
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    store = MemoryTokenStore()
    with pytest.raises(KatanaOAuthError, match="state does not match") as caught:
        await app.exchange_code(
            callback.params["code"],
            state="forged",
            expected_state=request.state,
            code_verifier=request.code_verifier,
            store=store,
        )
    assert caught.value.error == "state_mismatch"
    assert callback.params["code"] in login.codes  # never sent to the token endpoint
    assert await store.load() is None


@pytest.mark.parametrize(
    ("state", "expected_state", "error"),
    [
        ("", "", "state_missing"),
        (None, "", "state_missing"),
        ("anything", "", "state_missing"),
        ("", None, "state_missing"),
        (None, None, "state_missing"),
        ("", "kept-state", "state_mismatch"),
        (None, "kept-state", "state_mismatch"),
    ],
)
async def test_empty_or_missing_state_is_refused_before_the_code_is_used(
    login: FakeKatanaLogin, state: str | None, expected_state: str | None, error: str
) -> None:
    # An empty expected state (a session that lost it) must not match an empty callback
    # state: anyone could forge that callback and bind their own grant to this user.
    app = make_app(login)
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    store = MemoryTokenStore()
    with pytest.raises(KatanaOAuthError) as caught:
        await app.exchange_code(
            callback.params["code"],
            state=state,
            expected_state=expected_state,
            code_verifier=request.code_verifier,
            store=store,
        )
    assert caught.value.error == error
    assert callback.params["code"] in login.codes  # never sent to the token endpoint
    assert await store.load() is None


async def test_pkce_code_exchange_sends_the_verifier_and_the_server_checks_it(
    login: FakeKatanaLogin,
) -> None:
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    assert login.pkce_verified == 1
    assert login.authorize_queries[-1]["code_challenge_method"] == "S256"
    assert await store.load() is not None


async def test_code_exchange_with_another_requests_verifier_is_refused(
    login: FakeKatanaLogin,
) -> None:
    # A stolen code redeemed with the thief's own verifier (code injection) fails.
    app = make_app(login)
    request, other = app.authorization_request(), app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    with pytest.raises(KatanaReauthorizationRequiredError, match="invalid_grant"):
        await app.exchange_code(
            callback.params["code"],
            state=callback.params["state"],
            expected_state=request.state,
            code_verifier=other.code_verifier,
            store=MemoryTokenStore(),
        )
    assert login.pkce_verified == 0


async def test_pkce_app_refuses_to_exchange_a_code_without_the_verifier(
    login: FakeKatanaLogin,
) -> None:
    app = make_app(login)
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    with pytest.raises(KatanaOAuthError, match="code_verifier") as caught:
        await app.exchange_code(
            callback.params["code"],
            state=callback.params["state"],
            expected_state=request.state,
            store=MemoryTokenStore(),
        )
    assert caught.value.error == "code_verifier_missing"
    assert callback.params["code"] in login.codes  # never sent to the token endpoint


async def test_app_without_pkce_exchanges_a_code_without_verifier(login: FakeKatanaLogin) -> None:
    store = MemoryTokenStore()
    app = make_app(login, pkce=False)
    tokens = await authorize(app, store)
    assert "code_challenge" not in login.authorize_queries[-1]
    assert login.pkce_verified == 0
    assert await store.load() == tokens


@pytest.mark.slow
async def test_a_used_code_needs_a_new_authorization(login: FakeKatanaLogin) -> None:
    app = make_app(login)
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    code, state = callback.params["code"], callback.params["state"]
    states = {"state": state, "expected_state": request.state}
    verifier = request.code_verifier
    await app.exchange_code(code, **states, code_verifier=verifier, store=MemoryTokenStore())
    with pytest.raises(KatanaReauthorizationRequiredError, match="invalid_grant"):
        await app.exchange_code(code, **states, code_verifier=verifier, store=MemoryTokenStore())


async def test_wrong_client_secret_is_an_oauth_error(login: FakeKatanaLogin) -> None:
    app = OAuthApp(
        client_id=CLIENT_ID,
        client_secret=make_secret("wrong"),
        redirect_uri=REDIRECT_URI,
        authorize_url=f"{login.url}/authorize",
        token_url=f"{login.url}/oauth/token",
    )
    with pytest.raises(KatanaOAuthError, match="invalid_client") as caught:
        await authorize(app, MemoryTokenStore())
    assert not isinstance(caught.value, KatanaReauthorizationRequiredError)


def test_token_url_over_plain_http_to_a_remote_host_is_refused() -> None:
    with pytest.raises(KatanaConfigError, match="https"):
        OAuthApp(
            client_id=CLIENT_ID,
            client_secret=make_secret(),
            redirect_uri=REDIRECT_URI,
            token_url="http://login.katanamrp.com/oauth/token",
        )


@pytest.mark.parametrize(
    "url",
    [
        "http://app:{pw}@login.example.com/oauth/token",
        "http://login.example.com/oauth/token?secret={pw}",
        "https://app:{pw}@login.example.com:notaport/oauth/token",
        "https://[::1/oauth/token#{pw}",
        "login.example.com/oauth/token?secret={pw}",
    ],
)
@pytest.mark.parametrize("setting", ["token_url", "authorize_url"])
def test_a_bad_endpoint_is_a_config_error_naming_the_setting_not_the_url(
    setting: str, url: str
) -> None:
    urls = {
        "token_url": "https://login.example.com/oauth/token",
        "authorize_url": "https://login.example.com/authorize",
    }
    urls[setting] = url.format(pw=make_secret("password"))
    with pytest.raises(KatanaConfigError, match=f"^{setting} ") as caught:
        OAuthApp(
            client_id=CLIENT_ID,
            client_secret="s",
            redirect_uri=REDIRECT_URI,
            token_url=urls["token_url"],
            authorize_url=urls["authorize_url"],
        )
    assert find_leaks([render_exception(caught.value), repr(caught.value.__context__)]) == []
    if url.startswith("http://"):
        assert str(caught.value).endswith("not http://login.example.com.")


def test_an_authorization_request_shows_neither_its_state_nor_its_query() -> None:
    request = OAuthApp(
        client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri=REDIRECT_URI
    ).authorization_request()
    assert request.code_verifier is not None
    assert repr(request) == "AuthorizationRequest(url='https://login.katanamrp.com/authorize?...')"


# --- Using and refreshing the access token ------------------------------------------


async def test_requests_carry_the_access_token_from_the_grant(login: FakeKatanaLogin) -> None:
    store = MemoryTokenStore()
    tokens = await authorize(make_app(login), store)
    async with katana(OAuthTokenProvider(make_app(login), store), login) as client:
        assert await get_products(client) == 200
    assert login.api_requests[-1][2] == tokens.access_token.reveal()
    assert login.refreshes == 0


async def test_access_token_is_refreshed_ahead_of_expiry(login: FakeKatanaLogin) -> None:
    clock = Clock()
    store = RecordingStore(login)
    first = await authorize(make_app(login), store)
    assert first.expires_at is not None
    provider = OAuthTokenProvider(make_app(login), store, refresh_margin=60, clock=clock)
    async with katana(provider, login) as client:
        clock.now = first.expires_at - 61
        assert await get_products(client) == 200
        assert login.refreshes == 0
        clock.now = first.expires_at - 59  # inside the margin: refresh before sending
        assert await get_products(client) == 200
    assert login.refreshes == 1
    assert login.api_requests[-1][2] != first.access_token.reveal()


@pytest.mark.slow
async def test_rotated_refresh_token_is_saved_before_the_new_access_token_is_used(
    login: FakeKatanaLogin,
) -> None:
    clock = Clock()
    store = RecordingStore(login)
    first = await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    async with katana(provider, login) as client:
        clock.now += 7200
        assert await get_products(client) == 200
    # saves: the code exchange, the grant with its refresh token taken out, the new pair.
    assert [s.refresh_token is None for s in store.saves] == [False, True, False]
    new = store.saves[-1]
    assert new.refresh_token != first.refresh_token
    assert login.api_requests[-1][2] == new.access_token.reveal()  # RecordingStore checked order


@pytest.mark.slow
async def test_many_concurrent_requests_at_expiry_share_one_refresh(
    login: FakeKatanaLogin,
) -> None:
    clock = Clock()
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    login.token_delay = 0.2  # every request arrives while the refresh is in flight
    async with katana(provider, login) as client:
        clock.now += 7200
        statuses = await asyncio.gather(*(get_products(client) for _ in range(40)))
    assert statuses == [200] * 40
    assert login.refreshes == 1
    assert len(login.presented_refresh_tokens) == 1
    assert not login.chain_revoked


@pytest.mark.slow
async def test_successive_expiries_present_each_refresh_token_once(login: FakeKatanaLogin) -> None:
    clock = Clock()
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    async with katana(provider, login) as client:
        for _ in range(5):
            clock.now += 7200
            statuses = await asyncio.gather(*(get_products(client) for _ in range(10)))
            assert statuses == [200] * 10
    assert login.refreshes == 5
    assert len(set(login.presented_refresh_tokens)) == 5
    assert not login.chain_revoked


async def test_rejected_access_token_is_refreshed_and_the_request_retried(
    login: FakeKatanaLogin,
) -> None:
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store)
    async with katana(provider, login) as client:
        assert await get_products(client) == 200
        login.revoke_access_tokens()  # e.g. Katana invalidated sessions
        assert await get_products(client) == 200
    assert login.refreshes == 1
    assert not login.chain_revoked


async def test_revoked_grant_raises_reauthorization_required_and_is_not_retried(
    login: FakeKatanaLogin,
) -> None:
    clock = Clock()
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    login.revoke_grants()  # the user disconnected the app in Katana
    clock.now += 7200
    with pytest.raises(KatanaReauthorizationRequiredError, match="authorization URL again"):
        await provider.get_token()
    with pytest.raises(KatanaReauthorizationRequiredError):
        await provider.get_token()
    assert len(login.presented_refresh_tokens) == 1
    assert await store.load() is None


async def test_refresh_that_fails_after_rotation_never_presents_the_old_token_again(
    login: FakeKatanaLogin,
) -> None:
    clock = Clock()
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    login.fail_after_rotation = 1  # the server rotates, then answers 500
    clock.now += 7200
    with pytest.raises(KatanaReauthorizationRequiredError, match="not presented again"):
        await provider.get_token()
    for _ in range(3):
        with pytest.raises(KatanaReauthorizationRequiredError):
            await provider.get_token()
    # A fresh provider on the same store (a restart) does not present it either.
    with pytest.raises(KatanaReauthorizationRequiredError):
        await OAuthTokenProvider(make_app(login), store, clock=clock).get_token()
    assert len(login.presented_refresh_tokens) == 1
    assert not login.chain_revoked


class RefuseFirstConnect(httpx.AsyncHTTPTransport):
    """Fails the first request with ConnectError (nothing sent), then works."""

    def __init__(self) -> None:
        super().__init__()
        self.refused = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.refused == 0:
            self.refused += 1
            raise httpx.ConnectError("connection refused", request=request)
        return await super().handle_async_request(request)


@pytest.mark.slow
async def test_refresh_that_could_not_connect_keeps_the_token_for_the_next_try(
    login: FakeKatanaLogin,
) -> None:
    clock = Clock()
    store = MemoryTokenStore()
    await authorize(make_app(login), store)
    app = make_app(login, transport=RefuseFirstConnect())
    provider = OAuthTokenProvider(app, store, clock=clock)
    clock.now += 7200
    with pytest.raises(KatanaOAuthError, match="tried again") as caught:
        await provider.get_token()
    assert not isinstance(caught.value, KatanaReauthorizationRequiredError)
    stored = await store.load()
    assert stored is not None
    assert stored.refresh_token is not None
    await provider.get_token()
    assert login.refreshes == 1
    assert not login.chain_revoked


async def test_store_holds_no_refresh_token_while_a_refresh_is_in_flight(
    login: FakeKatanaLogin, tmp_path: Path
) -> None:
    # If the process died now, the next start must not present a possibly spent token.
    clock = Clock()
    store = FileTokenStore(tmp_path / "katana-tokens.json")
    await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    login.token_gate = threading.Event()  # the refresh waits at the server until set
    login.token_arrived.clear()
    clock.now += 7200
    refresh = asyncio.create_task(provider.get_token())
    try:
        assert await asyncio.to_thread(login.token_arrived.wait, 10)
        during = await store.load()
        assert during is not None
        assert during.refresh_token is None
        with pytest.raises(KatanaReauthorizationRequiredError, match="no usable refresh token"):
            await OAuthTokenProvider(make_app(login), store, clock=clock).get_token()
        assert not refresh.done()  # all of the above happened while it was in flight
    finally:
        login.token_gate.set()
    await asyncio.wait_for(refresh, 10)
    after = await store.load()
    assert after is not None
    assert after.refresh_token is not None
    assert not login.chain_revoked


@pytest.mark.slow
async def test_restarted_app_continues_the_grant_from_the_file_store(
    login: FakeKatanaLogin, tmp_path: Path
) -> None:
    clock = Clock()
    path = tmp_path / "katana-tokens.json"
    await authorize(make_app(login), FileTokenStore(path))
    for _ in range(3):  # three process lifetimes, each refreshing once
        provider = OAuthTokenProvider(make_app(login), FileTokenStore(path), clock=clock)
        clock.now += 7200
        async with katana(provider, login) as client:
            assert await get_products(client) == 200
    assert login.refreshes == 3
    assert not login.chain_revoked


@pytest.mark.slow
async def test_server_that_does_not_rotate_keeps_the_refresh_token(login: FakeKatanaLogin) -> None:
    login.rotate = False
    clock = Clock()
    store = MemoryTokenStore()
    first = await authorize(make_app(login), store)
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    for _ in range(2):
        clock.now += 7200
        await provider.get_token()
    stored = await store.load()
    assert stored is not None
    assert stored.refresh_token == first.refresh_token
    assert login.refreshes == 2


class FlakyStore(MemoryTokenStore):
    def __init__(self) -> None:
        super().__init__()
        self.fail_on_save: int | None = None
        self.save_count = 0

    async def save(self, tokens: OAuthTokens) -> None:
        self.save_count += 1
        if self.save_count == self.fail_on_save:
            raise OSError("disk full")
        await super().save(tokens)


async def test_failed_save_withholds_the_new_token_and_is_retried(login: FakeKatanaLogin) -> None:
    clock = Clock()
    store = FlakyStore()
    await authorize(make_app(login), store)  # save 1
    provider = OAuthTokenProvider(make_app(login), store, clock=clock)
    store.fail_on_save = 3  # 2: refresh token taken out, 3: the new pair
    clock.now += 7200
    with pytest.raises(KatanaTokenStoreError, match="OSError"):
        await provider.get_token()
    token = await provider.get_token()  # saves the held pair, then uses it
    stored = await store.load()
    assert stored is not None
    assert stored.access_token == token
    assert login.refreshes == 1
    assert not login.chain_revoked


async def test_empty_store_needs_authorization(login: FakeKatanaLogin) -> None:
    provider = OAuthTokenProvider(make_app(login), MemoryTokenStore())
    with pytest.raises(KatanaReauthorizationRequiredError, match="complete the authorization"):
        await provider.get_token()


async def test_grant_without_refresh_token_needs_authorization_at_expiry(
    login: FakeKatanaLogin,
) -> None:
    clock = Clock()
    tokens = OAuthTokens(Secret(register(make_secret("at"))), None, clock.now + 3600)
    provider = OAuthTokenProvider(make_app(login), MemoryTokenStore(tokens), clock=clock)
    assert await provider.get_token() == tokens.access_token
    clock.now += 7200
    with pytest.raises(KatanaReauthorizationRequiredError, match="offline_access"):
        await provider.get_token()


# --- Token stores and token objects -------------------------------------------------


async def test_file_store_round_trips_and_is_private_to_its_owner(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    tokens = OAuthTokens(Secret(make_secret("at")), Secret(make_secret("rt")), 1.5e9, scope="x")
    store = FileTokenStore(path)
    await store.save(tokens)
    assert await store.load() == tokens
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == [path.name]  # no temporary file left behind
    await store.clear()
    assert await store.load() is None


async def test_file_store_with_malformed_content_does_not_echo_it(tmp_path: Path) -> None:
    path = tmp_path / "tokens.json"
    secret = make_secret()
    path.write_text('{"access_token": "' + secret + '", oops')
    with pytest.raises(KatanaTokenStoreError, match="not valid JSON") as caught:
        await FileTokenStore(path).load()
    assert secret not in str(caught.value)
    # Nothing chained: a JSONDecodeError would hold the whole document in .doc.
    assert caught.value.__cause__ is None
    assert caught.value.__context__ is None
    path.write_text(json.dumps({"access_token": secret}))
    with pytest.raises(KatanaTokenStoreError, match="malformed"):
        await FileTokenStore(path).load()


def test_tokens_and_stores_never_show_a_token() -> None:
    access, refresh = make_secret("at"), make_secret("rt")
    tokens = OAuthTokens(Secret(access), Secret(refresh), 1.0)
    for text in (repr(tokens), str(tokens), repr(MemoryTokenStore(tokens))):
        assert access not in text
        assert refresh not in text
