"""A local stand-in for Katana's login (OAuth 2.0) and API, on 127.0.0.1.

It is strict where Katana is: refresh tokens rotate, and presenting a refresh token that
was already used revokes the whole grant (every access and refresh token issued from
the same authorization), as Auth0-style rotation does. The API part accepts the access
tokens it issued and a set of plain API keys, and answers 401 otherwise.

Knobs for the tests: `access_ttl` (expires_in), `token_delay` (seconds each token
request takes, to make concurrent refreshes overlap), `fail_after_rotation` (the next N
refreshes rotate the token and then answer 500, as a server that crashes mid-request),
`token_gate` (token requests wait until the test sets it; `token_arrived` is set when
one has arrived), `token_answer` (writes the token endpoint's answer itself, for
malformed or hostile answers).

PKCE (RFC 7636) is verified as Auth0 does: a code issued for a `code_challenge` (S256
only) is redeemed only with the matching `code_verifier`, and a `code_verifier` for a
code issued without a challenge is refused (a downgrade).
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import re
import secrets
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from .leakcheck import register


class _Server(ThreadingHTTPServer):
    # Many concurrent requests at token expiry must not overflow a short listen backlog.
    request_queue_size = 128
    daemon_threads = True

    def __init__(self, fake: FakeKatanaLogin) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.fake = fake


@dataclasses.dataclass
class Grant:
    """One authorization: every token issued from it, revoked together on reuse."""

    revoked: bool = False


@dataclasses.dataclass
class RefreshToken:
    grant: Grant
    used: bool = False


@dataclasses.dataclass
class AccessToken:
    grant: Grant
    expires_at: float
    revoked: bool = False


class FakeKatanaLogin:
    """The fake server. Use as a context manager, or `start()` and `stop()`."""

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str,
        redirect_uri: str,
        access_ttl: int = 3600,
        rotate: bool = True,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.redirect_uri = redirect_uri
        self.access_ttl = access_ttl
        self.rotate = rotate
        self.token_delay = 0.0
        self.fail_after_rotation = 0
        self.token_gate: threading.Event | None = None
        self.token_arrived = threading.Event()
        self.token_answer: Callable[[_Handler], None] | None = None
        self.api_keys: set[str] = set()
        self.lock = threading.Lock()
        self.codes: dict[str, Grant] = {}
        self.challenges: dict[str, str] = {}  # code -> its S256 code_challenge
        self.authorize_queries: list[dict[str, str]] = []
        self.pkce_verified = 0
        self.refresh_tokens: dict[str, RefreshToken] = {}
        self.access_tokens: dict[str, AccessToken] = {}
        # What happened, for the tests to assert on.
        self.presented_refresh_tokens: list[str] = []
        self.reuse_detected = 0
        self.refreshes = 0
        self.api_requests: list[tuple[str, str, str]] = []  # method, path, token
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def url(self) -> str:
        """The server's root, e.g. http://127.0.0.1:54321."""
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> FakeKatanaLogin:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(5)

    def __enter__(self) -> FakeKatanaLogin:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # --- state changes the tests make --------------------------------------------

    def issue_tokens(self, grant: Grant | None = None) -> dict[str, Any]:
        """Mint an access/refresh pair for `grant` (a new grant if None)."""
        grant = grant or Grant()
        access = register(f"SEKRIT-at-{secrets.token_hex(16)}")
        refresh = register(f"SEKRIT-rt-{secrets.token_hex(16)}")
        self.access_tokens[access] = AccessToken(grant, time.time() + self.access_ttl)
        self.refresh_tokens[refresh] = RefreshToken(grant)
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
            for token in self.refresh_tokens.values():
                token.grant.revoked = True

    @property
    def chain_revoked(self) -> bool:
        """Whether any grant was revoked because a refresh token was reused."""
        return self.reuse_detected > 0

    # --- request handling ------------------------------------------------------------

    def authorize(self, query: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
        expected = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "audience": "https://api.katanamrp.com",
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
        code = f"code-{secrets.token_hex(8)}"
        with self.lock:
            self.codes[code] = Grant()
            if challenge is not None:
                self.challenges[code] = challenge
        location = self.redirect_uri + "?" + urlencode({"code": code, "state": query["state"]})
        return 302, {"Location": location}, b""

    def token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
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
            for token in self.access_tokens.values():
                if token.grant is record.grant:
                    token.revoked = True
            return 400, {
                "error": "invalid_grant",
                "error_description": "Refresh token reuse detected; grant revoked",
            }
        self.refreshes += 1
        if self.rotate:
            record.used = True
        body = self.issue_tokens(record.grant)
        if not self.rotate:
            del self.refresh_tokens[body["refresh_token"]]
            body.pop("refresh_token")
        if self.fail_after_rotation:
            self.fail_after_rotation -= 1
            return 500, {"error": "server_error"}
        return 200, body

    def api(self, method: str, path: str, authorization: str) -> tuple[int, Any]:
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


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
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

    def do_GET(self) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        if parts.path == "/authorize":
            self._send(*fake.authorize({k: v[-1] for k, v in parse_qs(parts.query).items()}))
        elif parts.path.startswith("/v1/"):
            self._json(*fake.api("GET", parts.path, self.headers.get("Authorization", "")))
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
            self._json(*fake.api("POST", parts.path, self.headers.get("Authorization", "")))
        else:
            self._json(404, {"error": "not_found"})
