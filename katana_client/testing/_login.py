"""`FakeKatanaLogin`: a strict local stand-in for Katana's OAuth login, on 127.0.0.1.

It is strict where Katana is: refresh tokens rotate, and presenting a refresh token that
was already used revokes the whole grant (every access and refresh token issued from
the same authorization), as Auth0-style rotation does. Test your app partner's connect
flow, token expiry and revocation against it without Katana::

    with FakeKatanaLogin(client_id="app", client_secret="s", redirect_uri=callback) as login:
        app = OAuthApp(
            client_id="app", client_secret="s", redirect_uri=callback,
            authorize_url=login.authorize_url, token_url=login.token_url,
        )

`/authorize` answers at once as a user who consents (or refuses, `consent="deny"`)
would: a redirect to the redirect URI with `code` and `state` in the query, or, with
`callback_method="POST"`, a page that posts them as a form (what Katana's app partner
page describes). `/v1/...` accepts only the live access tokens it issued (and
`api_keys`), answers 401 otherwise, and passes the request on to `api_url` (a
`FakeKatanaServer`'s `base_url`) when given, else answers `{"data": []}`.

PKCE (RFC 7636) is verified as Auth0 does: a code issued for a `code_challenge` (S256
only) is redeemed only with the matching `code_verifier`, and a `code_verifier` for a
code issued without a challenge is refused (a downgrade).

It is a thread-per-request stdlib server, so tests can block it (`token_gate`,
`token_delay`) without touching the event loop that runs the code under test.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Final, Literal
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

__all__ = ["FakeKatanaLogin", "FakeLoginGrant"]

_AUDIENCE: Final = "https://api.katanamrp.com"
# Headers of the fake API's answers worth passing on through the proxy.
_PASSED_ON: Final = ("content-type", "x-pagination", "retry-after", "x-ratelimit-limit")


@dataclasses.dataclass(eq=False)
class FakeLoginGrant:
    """One authorization: every token issued from it, revoked together on reuse.

    Attributes:
        revoked: Whether it was revoked (a reused refresh token, or `revoke_grants()`).
        refreshes: How many refreshes it answered.
    """

    revoked: bool = False
    refreshes: int = 0


@dataclasses.dataclass(eq=False)
class _RefreshToken:
    grant: FakeLoginGrant
    used: bool = False


@dataclasses.dataclass(eq=False)
class _AccessToken:
    grant: FakeLoginGrant
    expires_at: float
    revoked: bool = False


class _Server(ThreadingHTTPServer):
    # Many concurrent requests at token expiry must not overflow a short listen backlog.
    request_queue_size = 128
    daemon_threads = True

    def __init__(self, fake: FakeKatanaLogin, port: int) -> None:
        super().__init__(("127.0.0.1", port), _Handler)
        self.fake = fake


class FakeKatanaLogin:
    """The fake login server. Use it as a context manager, or `start()` and `stop()`.

    Args:
        client_id, client_secret, redirect_uri: The one app it knows; any other is
            refused as Katana would (`invalid_client`, a 400 on `/authorize`).
        access_ttl: `expires_in` of the access tokens it issues, in seconds.
        rotate: Rotate refresh tokens (Katana does); False keeps one per grant.
        consent: What the user does on the authorization page: "allow" redirects
            with a code, "deny" with `error=access_denied`.
        callback_method: "GET" redirects to the redirect URI with a query string;
            "POST" answers a page whose form posts `code` and `state` to it.
        api_url: Where `/v1/...` requests with a valid token are passed on (e.g.
            `FakeKatanaServer.base_url`); None answers them `{"data": []}`.
        token_prefix: Starts every token it issues (a marker for leak scans).
        port: The port on 127.0.0.1; 0 picks a free one.

    Knobs a test may set while it runs: `token_delay` (seconds each token request
    takes, to make concurrent refreshes overlap), `fail_after_rotation` (the next N
    refreshes rotate the token, then answer 500, as a server crashing mid-request),
    `token_gate` (token requests wait until it is set; `token_arrived` is set when one
    has arrived), `token_answer` (writes the token endpoint's answer itself, for
    malformed or hostile answers), `api_keys` (plain keys `/v1/` accepts too).

    What happened, to assert on: `grants`, `refreshes`, `reuse_detected`,
    `presented_refresh_tokens`, `authorize_queries`, `pkce_verified`, `api_requests`.
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        access_ttl: int = 3600,
        rotate: bool = True,
        consent: Literal["allow", "deny"] = "allow",
        callback_method: Literal["GET", "POST"] = "GET",
        api_url: str | None = None,
        token_prefix: str = "fake",
        port: int = 0,
    ) -> None:
        """Bind the port; `start()` (or `with`) serves it."""
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.access_ttl = access_ttl
        self.rotate = rotate
        self.consent = consent
        self.callback_method = callback_method
        self.api_url = api_url.rstrip("/") if api_url else None
        self.token_prefix = token_prefix
        self.token_delay = 0.0
        self.fail_after_rotation = 0
        self.token_gate: threading.Event | None = None
        self.token_arrived = threading.Event()
        self.token_answer: Callable[[BaseHTTPRequestHandler], None] | None = None
        self.api_keys: set[str] = set()
        self.lock = threading.Lock()
        self.codes: dict[str, FakeLoginGrant] = {}
        self.challenges: dict[str, str] = {}  # code -> its S256 code_challenge
        self.grants: list[FakeLoginGrant] = []
        self.authorize_queries: list[dict[str, str]] = []
        self.pkce_verified = 0
        self.refresh_tokens: dict[str, _RefreshToken] = {}
        self.access_tokens: dict[str, _AccessToken] = {}
        self.presented_refresh_tokens: list[str] = []
        self.reuse_detected = 0
        self.refreshes = 0
        self.api_requests: list[tuple[str, str, str]] = []  # method, path, token
        self._server = _Server(self, port)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._proxy: httpx.Client | None = None

    @property
    def url(self) -> str:
        """The server's root, e.g. `http://127.0.0.1:54321`."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def authorize_url(self) -> str:
        """`OAuthApp(authorize_url=...)` for this fake."""
        return f"{self.url}/authorize"

    @property
    def token_url(self) -> str:
        """`OAuthApp(token_url=...)` for this fake."""
        return f"{self.url}/oauth/token"

    @property
    def base_url(self) -> str:
        """`KatanaClient(base_url=...)` for this fake's `/v1` API."""
        return f"{self.url}/v1"

    def start(self) -> FakeKatanaLogin:
        """Serve in a daemon thread."""
        if self.api_url is not None:
            self._proxy = httpx.Client(timeout=30.0)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and release the port."""
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)
        if self._proxy is not None:
            self._proxy.close()

    def __enter__(self) -> FakeKatanaLogin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- state changes a test makes ----------------------------------------------------

    def issue_tokens(self, grant: FakeLoginGrant | None = None) -> dict[str, Any]:
        """Mint an access and refresh token pair for `grant` (a new grant if None).

        Returns the token endpoint's answer, e.g. for `OAuthTokens.from_response`.
        """
        if grant is None:
            grant = FakeLoginGrant()
            self.grants.append(grant)
        access = f"{self.token_prefix}-at-{secrets.token_hex(16)}"
        refresh = f"{self.token_prefix}-rt-{secrets.token_hex(16)}"
        self.access_tokens[access] = _AccessToken(grant, time.time() + self.access_ttl)
        self.refresh_tokens[refresh] = _RefreshToken(grant)
        return {
            "access_token": access,
            "refresh_token": refresh,
            "expires_in": self.access_ttl,
            "token_type": "Bearer",
            "scope": "offline_access",
        }

    def revoke_access_tokens(self) -> None:
        """Make every access token issued so far invalid (the API answers 401)."""
        with self.lock:
            for token in self.access_tokens.values():
                token.revoked = True

    def revoke_grants(self) -> None:
        """Revoke every grant, as a user disconnecting the app in Katana would."""
        with self.lock:
            for grant in self.grants:
                grant.revoked = True

    @property
    def chain_revoked(self) -> bool:
        """Whether any grant was revoked because a refresh token was reused."""
        return self.reuse_detected > 0

    # --- request handling (public so that a test may wrap it) --------------------------

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        """Answer `GET /authorize`: status, headers, body."""
        expected = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "audience": _AUDIENCE,
        }
        self.authorize_queries.append(query)
        if any(query.get(k) != v for k, v in expected.items()) or not query.get("state"):
            return 400, {}, b"bad authorization request"
        challenge = query.get("code_challenge")
        if challenge is not None and (
            query.get("code_challenge_method") != "S256"
            or not re.fullmatch(r"[A-Za-z0-9_-]{43}", challenge)
        ):
            return 400, {}, b"bad code_challenge"
        if self.consent == "deny":
            answer = {
                "error": "access_denied",
                "error_description": "The user refused",
                "state": query["state"],
            }
        else:
            code = f"code-{secrets.token_hex(8)}"
            with self.lock:
                grant = FakeLoginGrant()
                self.grants.append(grant)
                self.codes[code] = grant
                if challenge is not None:
                    self.challenges[code] = challenge
            answer = {"code": code, "state": query["state"]}
        if self.callback_method == "POST":
            return (
                200,
                {"Content-Type": "text/html; charset=utf-8"},
                _form_post(self.redirect_uri, answer),
            )
        return 302, {"Location": self.redirect_uri + "?" + urlencode(answer)}, b""

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        """Answer `POST /oauth/token`: status and JSON body."""
        self.token_arrived.set()
        if self.token_gate is not None:
            self.token_gate.wait(30)
        if self.token_delay:
            time.sleep(self.token_delay)
        if form.get("client_id") != self.client_id or form.get("client_secret") != (
            self.client_secret
        ):
            return 401, {"error": "invalid_client"}
        if form.get("redirect_uri") != self.redirect_uri:
            return 400, {"error": "invalid_request", "error_description": "redirect_uri"}
        with self.lock:
            grant_type = form.get("grant_type")
            if grant_type == "authorization_code":
                code = form.get("code", "")
                grant = self.codes.pop(code, None)
                if grant is None:
                    return 400, {"error": "invalid_grant", "error_description": "bad code"}
                if not self._pkce_holds(self.challenges.pop(code, None), form):
                    return 400, {"error": "invalid_grant", "error_description": "PKCE failed"}
                return 200, self.issue_tokens(grant)
            if grant_type == "refresh_token":
                return self._refresh(form.get("refresh_token", ""))
        return 400, {"error": "unsupported_grant_type"}

    def _pkce_holds(self, challenge: str | None, form: dict[str, str]) -> bool:
        verifier = form.get("code_verifier")
        if challenge is None:
            return verifier is None  # a verifier without a challenge is a downgrade
        if verifier is None or not re.fullmatch(r"[A-Za-z0-9._~-]{43,128}", verifier):
            return False
        digest = hashlib.sha256(verifier.encode()).digest()
        if base64.urlsafe_b64encode(digest).rstrip(b"=").decode() != challenge:
            return False
        self.pkce_verified += 1
        return True

    def _refresh(self, presented: str) -> tuple[int, dict[str, Any]]:
        self.presented_refresh_tokens.append(presented)
        record = self.refresh_tokens.get(presented)
        if record is None or record.grant.revoked:
            return 400, {"error": "invalid_grant", "error_description": "Unknown or revoked"}
        if record.used:
            # Reuse: the token may have been stolen. Revoke everything in the grant.
            self.reuse_detected += 1
            record.grant.revoked = True
            return 400, {
                "error": "invalid_grant",
                "error_description": "Refresh token reuse detected; grant revoked",
            }
        self.refreshes += 1
        record.grant.refreshes += 1
        body = self.issue_tokens(record.grant)
        if self.rotate:
            record.used = True
        else:
            del self.refresh_tokens[body.pop("refresh_token")]
        if self.fail_after_rotation:
            self.fail_after_rotation -= 1
            return 500, {"error": "server_error"}
        return 200, body

    def api(self, method: str, path: str, authorization: str) -> tuple[int, Any]:
        """Check the bearer token of a `/v1/` request: (401, body) or (200, `{"data": []}`)."""
        token = authorization.removeprefix("Bearer ")
        with self.lock:
            self.api_requests.append((method, path, token))
            access = self.access_tokens.get(token)
            valid = token in self.api_keys or (
                access is not None
                and not access.revoked
                and not access.grant.revoked
                and access.expires_at > time.time()
            )
        if not valid:
            return 401, {"statusCode": 401, "name": "UnauthorizedError", "message": "Unauthorized"}
        return 200, {"data": []}


def _form_post(action: str, fields: dict[str, str]) -> bytes:
    """A page that posts `fields` to `action` as soon as it loads (OAuth form_post)."""
    inputs = "".join(
        f'<input type="hidden" name="{html.escape(k)}" value="{html.escape(v)}">'
        for k, v in fields.items()
    )
    page = (
        '<!doctype html><html><body onload="document.forms[0].submit()">'
        f'<form method="post" action="{html.escape(action)}">{inputs}'
        '<noscript><button type="submit">Continue</button></noscript></form></body></html>'
    )
    return page.encode()


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # tokens travel in URLs
        pass

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: int, payload: Any) -> None:
        self._send(status, {"Content-Type": "application/json"}, json.dumps(payload).encode())

    def _api(self, method: str, body: bytes) -> None:
        fake = self.server.fake
        authorization = self.headers.get("Authorization", "")
        status, payload = fake.api(method, urlsplit(self.path).path, authorization)
        if status != 200 or fake.api_url is None:
            self._json(status, payload)
            return
        assert fake._proxy is not None
        # The same bearer token: the fake API rate-limits per key, as Katana does.
        headers = {"Authorization": authorization, "Content-Type": "application/json"}
        url = fake.api_url + self.path.removeprefix("/v1")
        answer = fake._proxy.request(method, url, content=body, headers=headers)
        headers = {k: v for k, v in answer.headers.items() if k.lower() in _PASSED_ON}
        self._send(answer.status_code, headers, answer.content)

    def do_GET(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        if parts.path == "/authorize":
            self._send(*fake.authorize({k: v[-1] for k, v in parse_qs(parts.query).items()}))
        elif parts.path.startswith("/v1/"):
            self._api("GET", b"")
        else:
            self._json(404, {"error": "not_found"})

    def do_POST(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        form_type = self.headers.get("Content-Type", "").split(";")[0]
        if parts.path == "/oauth/token" and fake.token_answer is not None:
            fake.token_answer(self)
        elif parts.path == "/oauth/token" and form_type == "application/x-www-form-urlencoded":
            self._json(*fake.token({k: v[-1] for k, v in parse_qs(body.decode()).items()}))
        elif parts.path == "/oauth/token":
            self._json(400, {"error": "invalid_request"})
        elif parts.path.startswith("/v1/"):
            self._api("POST", body)
        else:
            self._json(404, {"error": "not_found"})
