"""Connecting tenants to Katana through `katana_connect_router`, end to end over HTTP.

A FastAPI app under uvicorn on 127.0.0.1 connects tenants against `FakeKatanaLogin`,
which guards a served `FakeKatana`: a "browser" (httpx, following no redirect by
itself) walks connect -> Katana's page -> callback, by GET query and by POST form, and
the tests check every way a callback can end, a disconnect and a dead grant.
"""

from __future__ import annotations

import html
import logging
import re
from collections.abc import AsyncIterator, Iterator, MutableMapping
from html import unescape
from pathlib import Path
from typing import Annotated, Any

import httpx
import pytest
from docs_blocks import blocks
from fastapi import Depends, FastAPI, Header, Request
from fastapi.responses import HTMLResponse, JSONResponse
from servers.asgi_server import serve_asgi
from servers.leakcheck import MARKER, echoing_token_endpoint, leak_scan, make_secret
from servers.processes import free_port

from katana_client import (
    KatanaClient,
    KatanaReauthorizationRequiredError,
    KatanaTokenStoreError,
)
from katana_client.auth import (
    ConnectResult,
    FileTokenStores,
    MemoryConnectStates,
    MemoryTokenStore,
    OAuthApp,
    OAuthConnector,
    OAuthTokens,
    PendingConnect,
    TokenCipher,
)
from katana_client.fastapi import (
    ConnectingUser,
    TenantClientCache,
    katana_connect_router,
    katana_lifespan,
    tenant_client,
)
from katana_client.generated.api.products import get_all_products
from katana_client.testing import FakeKatana, FakeKatanaLogin, serve_fake_katana

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)

CLIENT_ID = "partner-app"
STATE_TTL = 600.0
FAILED_PAGE = "Connecting to Katana failed: {}. Start connecting again from the app."


class Harness:
    """The app's outside world as the tests see it: results, dead grants, the clock."""

    def __init__(self, login: FakeKatanaLogin, url: str, folder: Path) -> None:
        self.login = login
        self.url = url
        self.folder = folder
        self.results: list[ConnectResult] = []
        self.dead: list[tuple[str, str | None]] = []
        self.now = 1_000_000.0


def who(x_tenant: Annotated[str, Header()], x_user: Annotated[str, Header()]) -> ConnectingUser:
    return ConnectingUser(x_tenant, x_user)


def tenant_of(x_tenant: Annotated[str, Header()]) -> str:
    return x_tenant


def build_app(harness: Harness, app: OAuthApp, key: str, base_url: str) -> FastAPI:
    stores = FileTokenStores(harness.folder, key=key)
    connector = OAuthConnector(app, stores, states=MemoryConnectStates(), clock=lambda: harness.now)

    def dead(tenant: str, error: KatanaReauthorizationRequiredError) -> None:
        harness.dead.append((tenant, error.error))

    clients = TenantClientCache.for_oauth(
        app, stores, on_grant_dead=dead, base_url=base_url, retry=False, rate_limit=False
    )

    def on_result(request: Request, result: ConnectResult) -> JSONResponse:
        harness.results.append(result)
        return JSONResponse({"error": result.error}, 200 if result.ok else 400)

    web = FastAPI(lifespan=katana_lifespan(None, tenants=clients))
    web.include_router(katana_connect_router(connector, who, on_result=on_result, clients=clients))

    @web.exception_handler(KatanaReauthorizationRequiredError)
    async def reconnect(request: Request, exc: KatanaReauthorizationRequiredError) -> JSONResponse:
        return JSONResponse({"reconnect": "/katana/connect"}, 409)

    @web.get("/products")
    async def list_products(
        katana: Annotated[KatanaClient, Depends(tenant_client(tenant_of))],
    ) -> list[str]:
        page = await get_all_products.asyncio(client=katana, limit=50)
        return [str(p.name) for p in (page.data if page and page.data else [])]

    return web


@pytest.fixture(scope="module")
def harness(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Harness]:
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    secret = make_secret("client-secret")
    with (
        serve_fake_katana(FakeKatana(rate_limit=False)) as api,
        FakeKatanaLogin(
            client_id=CLIENT_ID,
            client_secret=secret,
            redirect_uri=f"{url}/katana/callback",
            api_url=api.base_url,
            token_prefix=MARKER,
        ) as login,
    ):
        harness = Harness(login, url, tmp_path_factory.mktemp("grants"))
        app = OAuthApp(
            client_id=CLIENT_ID,
            client_secret=secret,
            redirect_uri=login.redirect_uri,
            authorize_url=login.authorize_url,
            token_url=login.token_url,
        )
        web = build_app(harness, app, TokenCipher.generate_key(), login.base_url)
        with serve_asgi(web, port):
            yield harness


@pytest.fixture
def h(harness: Harness) -> Iterator[Harness]:
    """The module's harness, with the fake login's knobs and the records reset."""
    harness.results.clear()
    harness.dead.clear()
    yield harness
    harness.login.consent = "allow"
    harness.login.callback_method = "GET"
    harness.login.token_answer = None


@pytest.fixture
async def browser(h: Harness) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=h.url, timeout=10) as client:
        yield client


def as_user(tenant: str, user: str = "alice") -> dict[str, str]:
    return {"X-Tenant": tenant, "X-User": user}


async def to_katana(browser: httpx.AsyncClient, tenant: str) -> httpx.Response:
    """Connect, then Katana's page: its answer (a redirect, or a page with a form)."""
    start = await browser.get("/katana/connect", headers=as_user(tenant))
    assert start.status_code == 303
    return await browser.get(start.headers["Location"])


async def back_to_app(browser: httpx.AsyncClient, page: httpx.Response) -> httpx.Response:
    """What the user's browser does with Katana's answer: follow it, or post its form."""
    if page.status_code == 302:
        return await browser.get(page.headers["Location"])
    action = unescape(re.search(r'action="([^"]+)"', page.text).group(1))  # type: ignore[union-attr]
    fields = {
        unescape(k): unescape(v)
        for k, v in re.findall(r'name="([^"]+)" value="([^"]*)"', page.text)
    }
    return await browser.post(action, data=fields)


async def connect(browser: httpx.AsyncClient, tenant: str) -> httpx.Response:
    return await back_to_app(browser, await to_katana(browser, tenant))


# --- connect -----------------------------------------------------------------------------


async def test_connect_redirects_to_katana_with_offline_access_state_and_pkce(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    start = await browser.get("/katana/connect", headers=as_user("acme"))
    assert start.status_code == 303
    url = httpx.URL(start.headers["Location"])
    assert str(url.copy_with(query=None)) == h.login.authorize_url
    assert url.params["scope"] == "offline_access"
    assert url.params["code_challenge_method"] == "S256"
    assert len(url.params["state"]) >= 43
    assert "acme" not in str(url)
    assert "alice" not in str(url)


async def test_connect_needs_the_apps_own_idea_of_who_is_connecting(
    browser: httpx.AsyncClient,
) -> None:
    answer = await browser.get("/katana/connect", params={"tenant": "acme", "user": "x"})
    assert answer.status_code == 422


async def test_a_query_callback_saves_the_grant_in_that_tenants_store(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    done = await connect(browser, "acme-query")
    assert done.status_code == 200
    [result] = h.results
    assert (result.error, result.tenant, result.user) == (None, "acme-query", "alice")
    stored = (h.folder / "acme-query.tokens").read_bytes()
    assert MARKER.encode() not in stored  # encrypted
    products = await browser.get("/products", headers=as_user("acme-query"))
    assert products.status_code == 200
    assert products.json()  # the seeded catalogue, through the tenant's own token


async def test_a_posted_form_callback_connects_as_katana_describes(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    h.login.callback_method = "POST"
    page = await to_katana(browser, "acme-post")
    assert page.status_code == 200
    done = await back_to_app(browser, page)
    assert done.status_code == 200
    assert [r.tenant for r in h.results if r.ok] == ["acme-post"]
    assert (await browser.get("/products", headers=as_user("acme-post"))).status_code == 200


async def test_two_tenants_get_two_grants(h: Harness, browser: httpx.AsyncClient) -> None:
    await connect(browser, "one")
    await connect(browser, "two/../x")
    assert (h.folder / "one.tokens").exists()
    assert (h.folder / "two%2F%2E%2E%2Fx.tokens").exists()
    for tenant in ("one", "two/../x"):
        assert (await browser.get("/products", headers=as_user(tenant))).status_code == 200
    tokens = {token for _, path, token in h.login.api_requests[-2:]}
    assert len(tokens) == 2


# --- callbacks that fail: each a clear outcome, never a 500 --------------------------------


async def test_refused_consent_is_access_denied_for_that_tenant_and_user(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    h.login.consent = "deny"
    done = await connect(browser, "denied")
    assert done.status_code == 400
    [result] = h.results
    assert (result.error, result.tenant, result.user) == ("access_denied", "denied", "alice")
    assert not (h.folder / "denied.tokens").exists()


async def test_a_replayed_callback_is_refused_and_keeps_the_grant(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    page = await to_katana(browser, "replayed")
    assert (await back_to_app(browser, page)).status_code == 200
    again = await back_to_app(browser, page)
    assert again.status_code == 400
    assert [r.error for r in h.results] == [None, "state_unknown"]
    assert h.results[1].tenant is None
    assert (await browser.get("/products", headers=as_user("replayed"))).status_code == 200


async def test_a_connect_link_completed_in_another_browser_is_refused(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    # Someone starts connecting their tenant and hands Katana's link to a victim, who
    # signs in to their own Katana account: the victim's browser lacks the cookie.
    page = await to_katana(browser, "lured")
    async with httpx.AsyncClient(base_url=h.url, timeout=10) as victim:
        done = await victim.get(page.headers["Location"])
    assert done.status_code == 400
    [result] = h.results
    assert (result.error, result.tenant) == ("browser_mismatch", "lured")
    assert not (h.folder / "lured.tokens").exists()


async def test_the_browser_cookie_is_http_only_for_the_callback_and_goes_after_it(
    browser: httpx.AsyncClient,
) -> None:
    start = await browser.get("/katana/connect", headers=as_user("cookie"))
    cookie = start.headers["set-cookie"].lower()
    assert cookie.startswith("katana_connect_")
    assert "httponly" in cookie
    assert "path=/katana/callback" in cookie
    assert "samesite=lax" in cookie  # http: Katana's redirect is a top-level GET
    done = await browser.get((await browser.get(start.headers["Location"])).headers["Location"])
    assert cookie.split("=", 1)[0] + '=""' in done.headers["set-cookie"]


def https_partner_app(folder: Path) -> FastAPI:
    """A partner's app on https with the connect routes alone, its grants in `folder`."""
    app = OAuthApp(
        client_id=CLIENT_ID,
        client_secret=make_secret("client-secret"),
        redirect_uri="https://partner.example.com/katana/callback",
    )
    web = FastAPI()
    web.include_router(katana_connect_router(OAuthConnector(app, FileTokenStores(folder)), who))
    return web


async def test_on_https_the_cookie_survives_katanas_cross_site_post(tmp_path: Path) -> None:
    web = https_partner_app(tmp_path)
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(
        transport=transport, base_url="https://partner.example.com"
    ) as http:
        start = await http.get("/katana/connect", headers=as_user("acme"))
    cookie = start.headers["set-cookie"].lower()
    assert "secure" in cookie
    assert "samesite=none" in cookie


async def test_a_late_callback_is_state_expired(h: Harness, browser: httpx.AsyncClient) -> None:
    page = await to_katana(browser, "late")
    h.now += STATE_TTL + 1
    try:
        done = await back_to_app(browser, page)
    finally:
        h.now -= STATE_TTL + 1
    assert done.status_code == 400
    [result] = h.results
    assert (result.error, result.tenant) == ("state_expired", "late")
    assert not (h.folder / "late.tokens").exists()


async def test_a_forged_state_is_unknown(h: Harness, browser: httpx.AsyncClient) -> None:
    done = await browser.get("/katana/callback", params={"code": "c", "state": "forged" * 8})
    assert done.status_code == 400
    assert [r.error for r in h.results] == ["state_unknown"]


@pytest.mark.parametrize("params", [{}, {"code": "c"}, {"state": ""}])
async def test_a_callback_without_state_is_state_missing(
    h: Harness, browser: httpx.AsyncClient, params: dict[str, str]
) -> None:
    assert (await browser.get("/katana/callback", params=params)).status_code == 400
    assert [r.error for r in h.results] == ["state_missing"]


async def test_an_oversized_posted_form_is_not_read(h: Harness, browser: httpx.AsyncClient) -> None:
    done = await browser.post("/katana/callback", data={"state": "s", "pad": "x" * 100_000})
    assert done.status_code == 400
    assert [r.error for r in h.results] == ["state_missing"]


async def test_a_code_katana_refuses_is_exchange_failed(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    page = await to_katana(browser, "bad-code")
    location = httpx.URL(page.headers["Location"])
    tampered = location.copy_set_param("code", "code-not-issued")
    done = await browser.get(str(tampered))
    assert done.status_code == 400
    [result] = h.results
    assert (result.error, result.oauth_error, result.tenant) == (
        "exchange_failed",
        "invalid_grant",
        "bad-code",
    )


async def test_a_failing_token_endpoint_is_exchange_failed(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    page = await to_katana(browser, "katana-down")

    def fail(handler: object) -> None:
        handler.send_response(503)  # type: ignore[attr-defined]
        handler.send_header("Content-Length", "0")  # type: ignore[attr-defined]
        handler.end_headers()  # type: ignore[attr-defined]

    h.login.token_answer = fail
    done = await back_to_app(browser, page)
    assert done.status_code == 400
    assert [r.error for r in h.results] == ["exchange_failed"]


@pytest.mark.parametrize("field", ["client_secret", "code", "code_verifier"])
async def test_the_default_failure_page_names_the_error_codes_only(
    field: str, tmp_path: Path
) -> None:
    # Katana's words (here echoing a secret the exchange sent) never reach the page.
    app = OAuthApp(
        client_id=CLIENT_ID,
        client_secret=make_secret("client-secret"),
        redirect_uri="http://localhost/katana/callback",
        transport=echoing_token_endpoint(field, encoded=False, error="invalid_client"),
    )
    web = FastAPI()
    web.include_router(katana_connect_router(OAuthConnector(app, FileTokenStores(tmp_path)), who))
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as http:
        start = await http.get("/katana/connect", headers=as_user("acme"))
        state = httpx.URL(start.headers["Location"]).params["state"]
        callback = {"code": "code-from-katana", "state": state}  # logged by httpx here
        done = await http.get("/katana/callback", params=callback)
    page = FAILED_PAGE.format("exchange_failed (invalid_client)")
    assert (done.status_code, done.text) == (400, page)


CRAFTED = "<script>steal()</script> Call +1-555-0100 at evil.example"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        ("access_denied", ("access_denied", "access_denied", "Access was refused")),
        ("server_error", ("authorization_error", "server_error", "answered server_error.")),
        (CRAFTED, ("authorization_error", None, "answered an unrecognised error.")),
    ],
)
@pytest.mark.parametrize("page", ["default", "html"])
async def test_a_crafted_error_callback_reaches_no_page_in_its_own_words(
    error: str, expected: tuple[str, str | None, str], page: str, tmp_path: Path
) -> None:
    # The callback's query comes from the browser: anyone can send a user there with
    # an `error` and `error_description` of their choosing.
    results: list[ConnectResult] = []

    def as_html(request: Request, result: ConnectResult) -> HTMLResponse:  # as the example app
        results.append(result)
        return HTMLResponse(f"<p>Connecting Katana failed: {html.escape(result.message)}</p>", 400)

    app = OAuthApp(
        client_id=CLIENT_ID,
        client_secret=make_secret("client-secret"),
        redirect_uri="http://localhost/katana/callback",
    )
    connector = OAuthConnector(app, FileTokenStores(tmp_path))
    web = FastAPI()
    web.include_router(
        katana_connect_router(connector, who, on_result=as_html if page == "html" else None)
    )
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://localhost") as http:
        start = await http.get("/katana/connect", headers=as_user("acme"))
        state = httpx.URL(start.headers["Location"]).params["state"]
        crafted = {"state": state, "error": error, "error_description": CRAFTED}
        done = await http.get("/katana/callback", params=crafted)
    assert done.status_code == 400
    for words in ("steal", "555", "evil.example"):
        assert words not in done.text
    if page == "default":
        code = f"{expected[0]} ({expected[1]})" if expected[1] else expected[0]
        assert done.text == FAILED_PAGE.format(code)
        return
    [result] = results
    assert (result.error, result.oauth_error) == expected[:2]
    assert expected[2] in result.message
    for words in ("steal", "555", "evil.example"):
        assert words not in result.message


class BrokenStore(MemoryTokenStore):
    async def save(self, tokens: OAuthTokens) -> None:
        raise KatanaTokenStoreError("Cannot write the token file /srv/secret/path: EIO")


class BrokenStates(MemoryConnectStates):
    async def take(self, state: str) -> PendingConnect | None:
        raise KatanaTokenStoreError("Redis GETDEL for a pending connect failed: TimeoutError")


@pytest.mark.parametrize("broken", ["grant store", "state store"])
async def test_a_failing_store_is_store_failed_with_the_details_only_in_the_log(
    h: Harness, broken: str, caplog: pytest.LogCaptureFixture
) -> None:
    app = OAuthApp(
        client_id=CLIENT_ID,
        client_secret=h.login.client_secret,
        redirect_uri=h.login.redirect_uri,
        authorize_url=h.login.authorize_url,
        token_url=h.login.token_url,
    )
    states = BrokenStates() if broken == "state store" else MemoryConnectStates()
    connector = OAuthConnector(app, lambda tenant: BrokenStore(), states=states)
    async with httpx.AsyncClient() as http:
        katana = await http.get(await connector.begin("acme", "alice"))
    result = await connector.complete(dict(httpx.URL(katana.headers["Location"]).params))
    assert result.error == "store_failed"
    assert result.message == "The connection could not be saved. Try again later."
    errors = [r.getMessage() for r in caplog.records if r.levelname == "ERROR"]
    assert any("/srv/secret/path" in e or "GETDEL" in e for e in errors)


# --- disconnect, and a grant that dies -----------------------------------------------------


async def test_disconnect_clears_the_tenants_grant(h: Harness, browser: httpx.AsyncClient) -> None:
    await connect(browser, "leaving")
    assert (await browser.get("/products", headers=as_user("leaving"))).status_code == 200
    gone = await browser.post("/katana/disconnect", headers=as_user("leaving"))
    assert gone.status_code == 303
    assert not (h.folder / "leaving.tokens").exists()
    answer = await browser.get("/products", headers=as_user("leaving"))
    assert answer.status_code == 409
    assert h.dead == [("leaving", "no_tokens")]


async def test_a_dead_grant_is_reported_once_and_reconnecting_revives_the_tenant(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    await connect(browser, "revoked")
    assert (await browser.get("/products", headers=as_user("revoked"))).status_code == 200
    # The customer removes the app in Katana: its tokens stop working, refreshes fail.
    grant = h.login.grants[-1]
    grant.revoked = True
    for _ in range(3):
        answer = await browser.get("/products", headers=as_user("revoked"))
        assert answer.status_code == 409
        assert answer.json() == {"reconnect": "/katana/connect"}
    assert h.dead == [("revoked", "invalid_grant")]
    assert not h.login.chain_revoked
    await connect(browser, "revoked")
    assert (await browser.get("/products", headers=as_user("revoked"))).status_code == 200
    # The new grant dies too: it is a new death, reported again.
    h.login.grants[-1].revoked = True
    assert (await browser.get("/products", headers=as_user("revoked"))).status_code == 409
    assert h.dead == [("revoked", "invalid_grant")] * 2


@pytest.mark.parametrize("kind", ["async", "failing"])
async def test_the_dead_grant_hook_may_be_async_and_its_failure_keeps_the_error(
    tmp_path: Path, kind: str
) -> None:
    told: list[str] = []

    async def tell(tenant: str, error: KatanaReauthorizationRequiredError) -> None:
        told.append(tenant)
        if kind == "failing":
            raise RuntimeError("the hook broke")

    app = OAuthApp(client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri="http://a/cb")
    clients = TenantClientCache.for_oauth(app, FileTokenStores(tmp_path), on_grant_dead=tell)
    for _ in range(2):
        async with clients.lease("nobody") as client:
            with pytest.raises(KatanaReauthorizationRequiredError):
                await get_all_products.asyncio(client=client)
    assert told == ["nobody"]
    await clients.aclose()


# --- secrets ---------------------------------------------------------------------------------


async def test_no_code_or_state_reaches_a_log_line(
    h: Harness, browser: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    h.login.consent = "allow"
    page = await to_katana(browser, "quiet")
    callback = httpx.URL(page.headers["Location"])
    await browser.get(str(callback))
    await browser.get(str(callback))  # replayed: a warning, still no code
    code, state = callback.params["code"], callback.params["state"]
    ours = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    # uvicorn's access record, when this set of versions lets it reach caplog, shows the
    # callback without its query (the filter itself: the test below).
    for record in ours:
        if record.name == "uvicorn.access" and "/katana/callback" in record.getMessage():
            assert "/katana/callback?..." in record.getMessage()
    assert any("quiet" in r.getMessage() for r in ours if r.name.startswith("katana_client"))
    for record in ours:
        text = record.getMessage()
        assert code not in text
        assert state not in text


def test_the_access_log_shows_the_callback_without_its_query(h: Harness) -> None:
    # A record as uvicorn makes it (client, method, path, version, status), run through
    # the filters the router put on the "uvicorn.access" logger.
    access = logging.getLogger("uvicorn.access")

    def logged(target: str) -> str:
        record = access.makeRecord(
            access.name, logging.INFO, __file__, 0, '%s - "%s %s HTTP/%s" %d',
            ("127.0.0.1:5000", "GET", target, "1.1", 303), None,
        )  # fmt: skip
        assert access.filter(record)  # every filter the logger holds
        return record.getMessage()

    callback = logged("/katana/callback?code=c0de-123&state=st4te-456")
    assert callback == '127.0.0.1:5000 - "GET /katana/callback?... HTTP/1.1" 303'
    assert (
        logged("/katana/connect?x=1") == '127.0.0.1:5000 - "GET /katana/connect?x=1 HTTP/1.1" 303'
    )


@pytest.mark.parametrize(("root_path", "prefix"), [("/api", ""), ("", "/auth")])
def test_the_access_log_hides_the_callbacks_query_under_a_root_path_or_prefix(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, root_path: str, prefix: str
) -> None:
    # uvicorn logs the whole path: its --root-path, then the router's include prefix.
    app = OAuthApp(
        client_id=CLIENT_ID, client_secret=make_secret("client-secret"), redirect_uri="http://a/cb"
    )
    connector = OAuthConnector(app, FileTokenStores(tmp_path, key=TokenCipher.generate_key()))
    web = FastAPI()
    router = katana_connect_router(connector, who, callback_path="/katana/callback")
    web.include_router(router, prefix=prefix)
    access = logging.getLogger("uvicorn.access")
    access.addHandler(caplog.handler)  # whether or not uvicorn.access propagates
    try:
        with serve_asgi(web, root_path=root_path) as url:
            # Not made secrets: httpx's own log of this request shows them.
            query = {"code": "c0de-123", "state": "st4te-456"}
            answer = httpx.get(f"{url}{prefix}/katana/callback", params=query)
    finally:
        access.removeHandler(caplog.handler)
    assert answer.status_code == 400  # an unknown state
    logged = {r.getMessage() for r in caplog.records if r.name == "uvicorn.access"}
    assert {line.split(" - ", 1)[1] for line in logged} == {
        f'"GET {root_path}{prefix}/katana/callback?... HTTP/1.1" 400'
    }


def test_a_pending_connect_never_shows_its_verifier() -> None:
    verifier = make_secret("verifier")
    pending = PendingConnect("acme", "alice", 0.0, verifier)
    assert verifier not in repr(pending)


async def test_the_readmes_router_example_serves_the_callback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    example = blocks("docs/authentication.md", "OAuth 2.0 (app partners)")[0]
    monkeypatch.setenv("KATANA_CLIENT_SECRET", make_secret("client-secret"))
    monkeypatch.setenv("KATANA_TOKEN_KEY", TokenCipher.generate_key())
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")  # connects to nothing yet

    class User:
        company_id = "acme"
        id = "alice"

    namespace: dict[str, object] = {
        "User": User,
        "current_user": lambda: User(),
        "mark_disconnected": lambda tenant, error: None,
    }
    exec(example, namespace)
    web = namespace["web"]
    assert isinstance(web, FastAPI)
    transport = httpx.ASGITransport(app=web)
    async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
        answer = await http.get("/katana/callback")
    assert (answer.status_code, answer.text) == (400, FAILED_PAGE.format("state_missing"))


async def test_two_connects_in_one_browser_each_complete(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    # Two tenants (or two tabs) at once: each connect keeps its own browser cookie, so
    # neither overwrites the other's and both callbacks are accepted.
    first = await to_katana(browser, "two-a")
    second = await to_katana(browser, "two-b")
    assert (await back_to_app(browser, first)).status_code == 200
    assert (await back_to_app(browser, second)).status_code == 200
    assert sorted(str(r.tenant) for r in h.results if r.ok) == ["two-a", "two-b"]


async def test_a_forged_callback_cannot_wipe_a_pending_connects_cookie(
    h: Harness, browser: httpx.AsyncClient
) -> None:
    page = await to_katana(browser, "wiped")
    # Another site makes the browser load the callback with a state of its own.
    forged = await browser.get("/katana/callback", params={"state": "x" * 43, "code": "c"})
    assert forged.status_code == 400
    assert "katana_connect" not in forged.headers.get("set-cookie", "")
    assert (await back_to_app(browser, page)).status_code == 200
    assert [r.tenant for r in h.results if r.ok] == ["wiped"]


async def test_a_callback_post_cut_off_mid_body_is_a_400_not_a_500(tmp_path: Path) -> None:
    web = https_partner_app(tmp_path)
    messages: Iterator[dict[str, Any]] = iter(
        [
            {"type": "http.request", "body": b"state=abc", "more_body": True},
            {"type": "http.disconnect"},
        ]
    )
    sent: list[MutableMapping[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return next(messages)

    async def send(message: MutableMapping[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "https",
        "path": "/katana/callback",
        "raw_path": b"/katana/callback",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/x-www-form-urlencoded")],
        "client": ("127.0.0.1", 5000),
        "server": ("partner.example.com", 443),
    }
    await web(scope, receive, send)
    assert sent[0]["status"] == 400
