"""No secret in any repr, str, log record (at DEBUG, from any logger), message or traceback.

Every auth test module runs under the `leak_scan` fixture; this module adds the flows
that end in errors, renders each error as a traceback printer would (causes and contexts
included), and checks the repr of every object that holds a credential.
"""

from __future__ import annotations

import asyncio
import functools
import pickle
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers.leakcheck import (
    MARKER,
    echoing_token_endpoint,
    find_leaks,
    leak_scan,
    make_secret,
    render_exception,
)

from katana_client import (
    KatanaBadRequestError,
    KatanaClient,
    KatanaConfigError,
    KatanaError,
    KatanaForbiddenError,
)
from katana_client.auth import (
    CommandTokenProvider,
    DotenvTokenProvider,
    FileTokenStore,
    FileTokenStores,
    KatanaOAuthError,
    MemoryTokenStore,
    OAuthApp,
    OAuthConnector,
    OAuthTokenProvider,
    OAuthTokens,
    PendingConnect,
    RedisConnectStates,
    RedisTokenStore,
    RedisTokenStores,
    Secret,
    SecretFileTokenProvider,
    StaticTokenProvider,
    TokenAuth,
    TokenCipher,
)
from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)

REDIRECT_URI = "https://app.example.com/cb"


@pytest.fixture
def login() -> Iterator[FakeKatanaLogin]:
    with FakeKatanaLogin(
        token_prefix=MARKER,
        client_id="app",
        client_secret=make_secret("client-secret"),
        redirect_uri=REDIRECT_URI,
    ) as server:
        yield server


def app_for(login: FakeKatanaLogin) -> OAuthApp:
    return OAuthApp(
        client_id="app",
        client_secret=login.client_secret,
        redirect_uri=REDIRECT_URI,
        authorize_url=f"{login.url}/authorize",
        token_url=f"{login.url}/oauth/token",
    )


async def capture(awaitable: object) -> KatanaError:
    try:
        await awaitable  # type: ignore[misc]
    except KatanaError as exc:
        return exc
    raise AssertionError("expected a KatanaError")


@pytest.mark.slow
async def test_full_flows_at_debug_log_only_sources_and_events(
    login: FakeKatanaLogin, tmp_path: Path, leak_scan: list[str]
) -> None:
    clock_now = [time.time()]
    store = FileTokenStore(tmp_path / "tokens.json")
    app = app_for(login)
    code, states = await _code(app)
    await app.exchange_code(code, **states, store=store)
    provider = OAuthTokenProvider(app, store, clock=lambda: clock_now[0])
    errors: list[BaseException] = []
    async with KatanaClient(token_provider=provider, base_url=f"{login.url}/v1") as client:
        http = client.get_async_httpx_client()
        await http.get("/products")
        clock_now[0] += 7200  # refresh ahead of expiry
        await asyncio.gather(*(http.get("/products") for _ in range(5)))
        login.revoke_access_tokens()  # 401 -> refresh -> retry
        await http.post("/sales_orders", json={"customer_id": 1})
        login.revoke_grants()  # refresh refused: invalid_grant
        login.revoke_access_tokens()
        errors.append(await capture(http.get("/products")))

    key_file = tmp_path / "key"
    key_file.write_text(make_secret())
    key_file.chmod(0o600)
    async with KatanaClient(
        token_provider=SecretFileTokenProvider(key_file), base_url=f"{login.url}/v1"
    ) as client:
        errors.append(await capture(client.get_async_httpx_client().get("/products")))

    assert any(line.startswith("httpx ") for line in leak_scan)
    assert any(line.startswith("katana_client.auth DEBUG") for line in leak_scan)
    assert find_leaks(render_exception(e) for e in errors) == []


@pytest.mark.slow  # a child process (the command provider)
async def test_errors_from_failing_providers_do_not_show_the_secret(tmp_path: Path) -> None:
    key = make_secret()
    bad_file = tmp_path / "bad"
    bad_file.write_text(f"{key} and more")  # inner whitespace: not a valid header value
    bad_file.chmod(0o600)
    dotenv = tmp_path / ".env"
    dotenv.write_text(f'KATANA_API_KEY="{key} x"\n')
    printer = tmp_path / "printer.py"
    printer.write_text(
        f"import sys; print({key!r}); sys.stderr.write('rejected: ' + {key!r}); sys.exit(1)"
    )
    store_file = tmp_path / "tokens.json"
    store_file.write_text('{"access_token": "' + key + '"')

    errors = [
        await capture(SecretFileTokenProvider(bad_file).get_token()),
        await capture(DotenvTokenProvider(dotenv).get_token()),
        await capture(CommandTokenProvider([sys.executable, str(printer)]).get_token()),
        await capture(FileTokenStore(store_file).load()),
    ]
    try:
        StaticTokenProvider(f"{key}\tx")
    except KatanaError as exc:
        errors.append(exc)
    assert len(errors) == 5
    assert find_leaks(render_exception(e) for e in errors) == []


@pytest.mark.slow
async def test_refused_refresh_and_failed_refresh_errors_do_not_show_tokens(
    login: FakeKatanaLogin,
) -> None:
    errors: list[KatanaError] = []
    for setup in ("revoke", "fail_after_rotation"):
        store = MemoryTokenStore()
        app = app_for(login)
        code, states = await _code(app)
        tokens = await app.exchange_code(code, **states, store=store)
        assert tokens.expires_at is not None
        if setup == "revoke":
            login.revoke_grants()
        else:
            login.fail_after_rotation = 1
        provider = OAuthTokenProvider(app, store, clock=functools.partial(float, tokens.expires_at))
        errors.append(await capture(provider.get_token()))
    assert find_leaks(render_exception(e) for e in errors) == []


def sent_secret(label: str) -> str:
    """A secret that form-encoding changes (so that its echo on the wire differs)."""
    return make_secret(label) + "/+="


@pytest.mark.parametrize("error", ["invalid_client", "invalid_grant", "bad_{}"])
@pytest.mark.parametrize("encoded", [False, True], ids=["decoded", "form-encoded"])
@pytest.mark.parametrize("field", ["client_secret", "code", "code_verifier", "refresh_token"])
async def test_a_token_endpoint_echoing_a_secret_it_was_sent_never_shows_it(
    field: str, encoded: bool, error: str
) -> None:
    """A token endpoint's error words that echo a secret of the request (in its
    description, or in the error code itself): the raised error, its causes and
    contexts, and a connect's result show the secret as [redacted], keeping the rest."""
    transport = echoing_token_endpoint(field, encoded=encoded, error=error)
    app = OAuthApp(
        client_id="app",
        client_secret=sent_secret("client-secret"),
        redirect_uri=REDIRECT_URI,
        transport=transport,
    )
    errors: list[KatanaOAuthError] = []
    results = []
    if field != "refresh_token":  # the authorization_code grant, directly and connecting
        request = app.authorization_request()
        with pytest.raises(KatanaOAuthError) as exchanged:
            await app.exchange_code(
                sent_secret("code"),
                state=request.state,
                expected_state=request.state,
                code_verifier=request.code_verifier,
                store=MemoryTokenStore(),
            )
        errors.append(exchanged.value)
        connector = OAuthConnector(app, lambda tenant: MemoryTokenStore())
        state = httpx.URL(await connector.begin("acme", "alice")).params["state"]
        results.append(await connector.complete({"code": sent_secret("code"), "state": state}))
    if field in ("client_secret", "refresh_token"):  # the refresh_token grant
        tokens = OAuthTokens(Secret(make_secret("at")), Secret(sent_secret("rt")), 1.0)
        with pytest.raises(KatanaOAuthError) as refreshed:
            await OAuthTokenProvider(app, MemoryTokenStore(tokens)).get_token()
        errors.append(refreshed.value)

    shown = [
        render_exception(e) + repr(e.__context__) + repr(e.__cause__) + repr(e.error)
        for e in errors
    ]
    assert find_leaks(shown + [repr(r) for r in results]) == []
    # The verifiers are no SEKRIT: each echo must be found replaced, as must the code's.
    said = [str(e.__context__ or e) for e in errors] + [r.message for r in results]
    assert all(f"{field} [redacted] is wrong" in text for text in said)
    codes = {e.error for e in errors} | {r.oauth_error for r in results}
    assert codes == {error.format("[redacted]")}


def test_objects_holding_credentials_never_show_them(tmp_path: Path) -> None:
    key, client_secret = make_secret("key"), make_secret("client-secret")
    access, refresh = make_secret("at"), make_secret("rt")
    tokens = OAuthTokens(Secret(access), Secret(refresh), 1.0)
    app = OAuthApp(client_id="app", client_secret=client_secret, redirect_uri=REDIRECT_URI)
    static = StaticTokenProvider(key)
    request = httpx.Request("GET", "https://x", headers={"Authorization": f"Bearer {key}"})
    objects: list[object] = [
        Secret(key),
        static,
        TokenAuth(static),
        KatanaClient(api_key=key),
        KatanaClient(token_provider=static),
        tokens,
        MemoryTokenStore(tokens),
        app,
        app.authorization_request(),
        OAuthTokenProvider(app, MemoryTokenStore(tokens)),
        request.headers,
    ]
    shown = [repr(o) for o in objects] + [str(o) for o in objects]
    assert find_leaks(shown) == []
    assert MARKER not in app.authorization_request().url


async def test_connect_objects_and_failed_callbacks_never_show_secrets(
    login: FakeKatanaLogin, tmp_path: Path, leak_scan: list[str]
) -> None:
    """A connect that fails in each way a callback can: its result, its log lines and the
    objects involved show no code, state, verifier, token, key or Redis password."""
    app = app_for(login)
    stores = FileTokenStores(tmp_path, key=TokenCipher.generate_key())
    connector = OAuthConnector(app, stores)
    code = make_secret("code")
    results = []
    for params in (
        {"code": code},
        {"code": code, "state": make_secret("state")},
        {"code": code, "state": make_secret("state") * 200},
    ):
        results.append(await connector.complete(params))
    url = httpx.URL(await connector.begin("acme", "alice"))
    state = url.params["state"]
    results.append(await connector.complete({"code": code, "state": state}))  # bad code
    redis_url = f"redis://:{make_secret('redis-password')}@127.0.0.1:1/0"
    objects: list[object] = [
        connector,
        connector.states,
        stores,
        RedisTokenStores(redis_url, key=TokenCipher.generate_key()),
        RedisConnectStates(redis_url),
        PendingConnect("acme", "alice", 0.0, make_secret("verifier")),
        *results,
    ]
    assert [r.error for r in results] == [
        "state_missing",
        "state_unknown",
        "state_missing",
        "exchange_failed",
    ]
    shown = [repr(o) for o in objects] + [str(o) for o in objects]
    assert find_leaks(shown) == []
    assert not [line for line in leak_scan if state in line]


# Malformed Redis URLs: redis-py refuses each with a ValueError of its own wording.
BAD_REDIS_URLS = [
    "http://:{pw}@127.0.0.1:6379/0",  # no Redis scheme
    "redis://:{pw}@127.0.0.1:notaport/0",
    "redis://:{pw}@127.0.0.1:99999/0",  # port out of range
    "redis://:{pw}@[::1/0",  # a broken IPv6 host
    "redis://:{pw}@127.0.0.1/0?socket_timeout=soon",
    "{pw}",  # the password pasted where the URL goes
]


@pytest.mark.parametrize("template", BAD_REDIS_URLS)
@pytest.mark.parametrize(
    "make",
    [
        lambda url: RedisTokenStore(url, tenant="acme", key=TokenCipher.generate_key()),
        lambda url: RedisTokenStores(url, key=TokenCipher.generate_key()),
        lambda url: RedisConnectStates(url),
    ],
    ids=["RedisTokenStore", "RedisTokenStores", "RedisConnectStates"],
)
def test_a_bad_redis_url_is_refused_where_it_is_given_without_quoting_it(
    make: Any, template: str
) -> None:
    # Refused when the store is made (not at its first command, in the middle of a
    # refresh), as a config error that says what a Redis URL looks like; neither the
    # message nor the traceback shows the password the URL holds.
    url = template.format(pw=make_secret("redis-password"))
    with pytest.raises(KatanaConfigError, match=r"Redis URL .* is invalid .*redis://") as caught:
        make(url)
    assert find_leaks([render_exception(caught.value), repr(caught.value.__context__)]) == []


# --- Response text quoted into errors ---------------------------------------------------


def _echoing_katana(request: httpx.Request) -> httpx.Response:
    """A gateway and a debug handler that quote the request's Authorization header: an
    HTML 400 for the product list, Katana's JSON error shape (403) for a product."""
    auth = request.headers["Authorization"]
    if request.url.path.endswith("/products"):
        page = f"<h1>400 Bad Request</h1><p>header Authorization: {auth} rejected</p>"
        return httpx.Response(400, text=page, headers={"Content-Type": "text/html"})
    key = auth.removeprefix("Bearer ")
    error = {"statusCode": 403, "name": f"Forbidden {key}", "message": f"token {auth} may not"}
    return httpx.Response(403, json=error)


def _client(key: str, handler: Any) -> KatanaClient:
    return KatanaClient(
        api_key=key,
        base_url="https://api.example.test/v1",
        transport=httpx.MockTransport(handler),
        retry=False,
        rate_limit=False,
    )


async def test_an_error_page_that_echoes_the_bearer_key_is_quoted_with_the_key_masked() -> None:
    key = make_secret()
    async with _client(key, _echoing_katana) as client:
        listed = await capture(client.products.list().collect(max_items=10))
        got = await capture(client.products.get(1))

    assert isinstance(listed, KatanaBadRequestError)
    assert isinstance(got, KatanaForbiddenError)
    assert "header Authorization: Bearer [redacted] rejected" in str(listed)
    assert "Forbidden [redacted]: token Bearer [redacted] may not" in str(got)
    assert (got.name, got.message) == ("Forbidden [redacted]", "token Bearer [redacted] may not")
    shown = [render_exception(e) for e in (listed, got)]
    shown += [str(pickle.loads(pickle.dumps(e))) for e in (listed, got)]  # task queues
    assert find_leaks(shown) == []
    # The raw body is kept as received, for those who need it.
    assert key.encode() in listed.content
    assert key in got.body["message"]


async def test_a_key_across_the_quoted_excerpts_cut_is_masked_whole() -> None:
    # The message quotes the first 200 bytes of a body without Katana's error; a key the cut
    # falls in must not show its first half.
    def cut_in_the_key(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, text="x" * 185 + request.headers["Authorization"] + "!")

    async with _client(make_secret(), cut_in_the_key) as client:
        error = await capture(client.products.get(1))

    assert str(error).endswith("x" * 185 + "Bearer [redacte")
    assert find_leaks([render_exception(error)]) == []


# --- base_url ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("template", "says"),
    [
        ("https://user:{pw}@proxy.example:notaport/v1", "not a valid URL"),
        ("https://user:{pw}@proxy.example/v1", "must not contain credentials"),
        ("http://user:{pw}@proxy.example/v1", "must not contain credentials"),
        ("ftp://user:{pw}@proxy.example/v1", "must not contain credentials"),
        ("https://proxy.example/v1?api_key={pw}", "'https://proxy.example/v1' must not have a"),
        ("https://proxy.example/v1#token={pw}", "'https://proxy.example/v1' must not have a"),
        ("http://proxy.example/v1?token={pw}", "must not have a query string"),
        ("ftp://proxy.example/v1?token={pw}", "must not have a query string"),
    ],
    ids=[
        "unparsable",
        "userinfo",
        "userinfo-http",
        "userinfo-ftp",
        "query",
        "fragment",
        "query-http",
        "query-ftp",
    ],
)
@pytest.mark.parametrize("source", ["base_url", "KATANA_BASE_URL"])
def test_a_refused_base_url_is_named_without_its_credentials_query_or_fragment(
    template: str, says: str, source: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = template.format(pw=make_secret("in-url"))
    base_url: str | None = url
    if source == "KATANA_BASE_URL":
        monkeypatch.setenv(source, url)
        base_url = None
    with pytest.raises(KatanaConfigError, match=f"^{source} ") as caught:
        KatanaClient(api_key="k", base_url=base_url)
    assert says in str(caught.value)
    assert find_leaks([render_exception(caught.value)]) == []


async def _code(app: OAuthApp) -> tuple[str, dict[str, str]]:
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    return callback.params["code"], {
        "state": callback.params["state"],
        "expected_state": request.state,
        "code_verifier": request.code_verifier or "",
    }
