"""`OAuthApp`: your app's registration with Katana, the authorization URL and token calls.

Katana's login is an OAuth 2.0 authorization-code flow (see Katana's app partner docs):
`GET /authorize` on login.katanamrp.com, then form-encoded `POST /oauth/token` with
`grant_type=authorization_code` or `grant_type=refresh_token`. Refresh tokens rotate,
and presenting a used one revokes the whole grant; `OAuthTokenProvider` owns that logic,
this module only speaks the protocol.

PKCE (RFC 7636, S256) is on by default. Katana's documentation does not mention it, and
nothing known forbids it: a server that does not support PKCE ignores `code_challenge`
and `code_verifier` (RFC 6749 requires unknown parameters to be ignored), one that does
checks them and so refuses a stolen or injected code. `OAuthApp(pkce=False)` turns it
off should a server refuse it anyway.
"""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable, Collection, Mapping
from typing import Any, Final
from urllib.parse import quote_plus

import httpx

from ..._errors import KatanaConfigError, KatanaOAuthError, KatanaReauthorizationRequiredError
from .._bearer import is_secure_url
from .._log import logger
from .._providers._validate import token_problem
from .._read import parse_json
from .._secret import Secret
from ._stores import TokenStore
from ._tokens import OAuthTokens

AUTHORIZE_URL: Final = "https://login.katanamrp.com/authorize"
TOKEN_URL: Final = "https://login.katanamrp.com/oauth/token"
AUDIENCE: Final = "https://api.katanamrp.com"
# Without offline_access Katana issues no refresh token, and the grant dies with the
# first access token.
DEFAULT_SCOPE: Final = "offline_access"
# The form fields that carry a secret. A token endpoint may echo what it was sent in its
# error, so each of their values is blanked out of any text of the answer we show.
_SECRET_FIELDS: Final = ("client_secret", "code", "code_verifier", "refresh_token", "access_token")
_REDACTED: Final = "[redacted]"


@dataclasses.dataclass(frozen=True, repr=False)
class AuthorizationRequest:
    """Where to send the user, and what to keep (in their session) until they return.

    Attributes:
        url: The authorization URL to redirect the user to.
        state: Pass it to `exchange_code()` as `expected_state`.
        code_verifier: The PKCE secret (None when the app has `pkce=False`); pass it to
            `exchange_code()`. Keep it server-side (a server session), never in the URL.
    """

    url: str
    state: str
    code_verifier: str | None = None

    def __repr__(self) -> str:
        # Neither the state nor the verifier, nor the URL's query that holds the state.
        return f"AuthorizationRequest(url={self.url.partition('?')[0] + '?...'!r})"


class OAuthApp:
    """Your app as registered with Katana: builds authorization URLs and calls the token endpoint.

    Args:
        client_id: The app's client id.
        client_secret: The app's client secret (kept as a `Secret`).
        redirect_uri: The callback URL registered for the app.
        scope: Requested scope; keep `offline_access` to get refresh tokens.
        authorize_url, token_url, audience: Katana's endpoints; change only for tests.
        timeout: Seconds for each token request (for connecting, and for each read and
            write); once the answer has begun, its body must arrive within the rest
            of this time.
        transport: A custom httpx transport for token requests.
        pkce: Protect the authorization code with PKCE (S256): each authorization
            request carries a `code_challenge`, and `exchange_code()` needs the
            request's `code_verifier`. On by default.
        max_response_bytes: The largest token endpoint answer read, 64 KiB by default
            (a token answer takes a few KiB); a larger one is a `KatanaOAuthError`.
    """

    def __init__(
        self,
        *,
        client_id: str,
        client_secret: str | Secret,
        redirect_uri: str,
        scope: str = DEFAULT_SCOPE,
        authorize_url: str = AUTHORIZE_URL,
        token_url: str = TOKEN_URL,
        audience: str = AUDIENCE,
        timeout: float = 15.0,
        transport: httpx.AsyncBaseTransport | None = None,
        pkce: bool = True,
        max_response_bytes: int = 64 * 1024,
    ) -> None:
        """Describe the app; makes no request."""
        if max_response_bytes < 1:
            raise KatanaConfigError(
                f"max_response_bytes must be at least 1, not {max_response_bytes!r}."
            )
        for name, url in (("authorize_url", authorize_url), ("token_url", token_url)):
            _check_url(name, url)
        self.client_id = client_id
        self._client_secret = (
            client_secret if isinstance(client_secret, Secret) else Secret(client_secret)
        )
        self.redirect_uri = redirect_uri
        self.scope = scope
        self.authorize_url = authorize_url
        self.token_url = token_url
        self.audience = audience
        self._timeout = timeout
        self._transport = transport
        self.pkce = pkce
        self.max_response_bytes = max_response_bytes

    @property
    def timeout(self) -> float:
        """Seconds each token request may take."""
        return self._timeout

    def authorization_request(self, **extra_params: str) -> AuthorizationRequest:
        """A URL to send the user to, with a fresh unguessable `state` (and PKCE challenge).

        Keep `state` and `code_verifier` in the user's server-side session and pass them
        to `exchange_code()`: the state ties the callback to this request (CSRF), the
        verifier proves that whoever redeems the code started the request (PKCE).
        """
        state = secrets.token_urlsafe(32)
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "audience": self.audience,
            "scope": self.scope,
            "state": state,
        }
        verifier = None
        if self.pkce:
            # 64 random bytes: 86 characters, within RFC 7636's 43 to 128.
            verifier = secrets.token_urlsafe(64)
            # RFC 7636's S256 challenge: BASE64URL(SHA256(verifier)), without padding.
            digest = hashlib.sha256(verifier.encode("ascii")).digest()
            params["code_challenge"] = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
            params["code_challenge_method"] = "S256"
        url = httpx.URL(self.authorize_url).copy_merge_params({**params, **extra_params})
        return AuthorizationRequest(url=str(url), state=state, code_verifier=verifier)

    async def exchange_code(
        self,
        code: str,
        *,
        state: str | None,
        expected_state: str | None,
        store: TokenStore,
        code_verifier: str | None = None,
    ) -> OAuthTokens:
        """Check `state`, trade the callback's `code` for tokens, and save them in `store`.

        Args:
            code: The `code` query parameter of the callback.
            state: The `state` query parameter of the callback.
            expected_state: The `state` of the `AuthorizationRequest` you kept.
            store: Where to save the tokens; give the same store to `OAuthTokenProvider`.
            code_verifier: The `code_verifier` of the `AuthorizationRequest` you kept;
                required unless the app has `pkce=False`.

        Raises:
            KatanaOAuthError: Nothing was sent, because `expected_state` is empty or
                missing (error "state_missing": an empty state would accept a callback
                anyone can forge), `state` does not match it ("state_mismatch"), or
                the PKCE `code_verifier` is missing ("code_verifier_missing"). Or the
                token endpoint refused the code.
        """
        if not expected_state:
            raise KatanaOAuthError(
                "No expected state to check the OAuth callback against: pass the state of "
                "the AuthorizationRequest kept in this user's session. An empty one would "
                "accept a callback anyone can forge; if the session expired, start the "
                "authorization again.",
                error="state_missing",
            )
        if not state or not hmac.compare_digest(state.encode(), expected_state.encode()):
            raise KatanaOAuthError(
                "The OAuth callback's state does not match the authorization request: "
                "the callback was not started by this user's session (or the session "
                "expired). Start the authorization again.",
                error="state_mismatch",
            )
        grant = {"grant_type": "authorization_code", "code": code}
        if code_verifier:
            grant["code_verifier"] = code_verifier
        elif self.pkce:
            raise KatanaOAuthError(
                "No PKCE code_verifier: this app sends a PKCE challenge with every "
                "authorization request (pkce=True), so pass the AuthorizationRequest's "
                "code_verifier, kept in the user's session with its state.",
                error="code_verifier_missing",
            )
        tokens = await self.request_tokens(grant)
        await store.save(tokens)
        logger.info("Katana OAuth authorization completed; tokens saved")
        return tokens

    async def request_tokens(
        self, grant: Mapping[str, str], *, clock: Callable[[], float] = time.time
    ) -> OAuthTokens:
        """POST one grant to the token endpoint and parse the answer.

        Low level: `exchange_code()` and `OAuthTokenProvider` call it. Transport errors
        (`httpx.TransportError`) propagate unchanged, so the caller can tell whether the
        request was sent.

        Raises:
            KatanaReauthorizationRequiredError: The server answered `invalid_grant`.
            KatanaOAuthError: Any other refusal or an unreadable answer. Either quotes
                the server's `error` and `error_description` with each secret this
                request sent (and any token of the answer) replaced by `[redacted]`.
        """
        form = {
            **grant,
            "client_id": self.client_id,
            "client_secret": self._client_secret.reveal(),
            "redirect_uri": self.redirect_uri,
        }
        started = clock()
        # identity: the answer is read raw, so that the size cap holds for what is kept.
        headers = {"Accept": "application/json", "Accept-Encoding": "identity"}
        # One deadline for the whole answer, its headers included: httpx's timeouts
        # bound each read, and headers trickled a line at a time would take hours.
        try:
            async with (
                asyncio.timeout(self._timeout),
                httpx.AsyncClient(timeout=self._timeout, transport=self._transport) as http,
                http.stream("POST", self.token_url, data=form, headers=headers) as response,
            ):
                status = response.status_code
                body = await self._read_json(response)
        except TimeoutError:
            raise KatanaOAuthError(
                f"Katana's token endpoint did not finish its answer within {self._timeout:g} s.",
                error="timeout",
            ) from None
        grant_type = grant.get("grant_type")
        access_token = body.get("access_token")
        if 200 <= status < 300 and isinstance(access_token, str):
            problem = token_problem(access_token)
            if problem is not None:
                raise KatanaOAuthError(
                    f"Katana's token endpoint answered the {grant_type} grant with an "
                    f"access_token that cannot be sent as a bearer token: {problem}.",
                    error="invalid_token",
                )
            return OAuthTokens.from_response(body, now=started)
        # The server's words may echo what it was sent: each secret of the request (and
        # any token of the answer) is blanked out before they go into a message.
        hide = [form.get(name) for name in _SECRET_FIELDS]
        hide += [body.get("access_token"), body.get("refresh_token")]
        error = _short(body.get("error"), 100, hide)
        description = _short(body.get("error_description"), 300, hide)
        detail = f": {description}" if description else ""
        if error == "invalid_grant":
            raise KatanaReauthorizationRequiredError(
                f"Katana refused the {grant_type} grant (invalid_grant{detail}). The "
                "authorization was revoked or expired, or the code or refresh token was "
                "already used: send the user through the authorization URL again.",
                error=error,
            )
        raise KatanaOAuthError(
            f"Katana's token endpoint answered HTTP {status} to the "
            f"{grant_type} grant ({error or 'no error code'}{detail}).",
            error=error,
        )

    async def _read_json(self, response: httpx.Response) -> dict[str, Any]:
        """The answer's JSON object ({} if it is none), read up to the size cap.

        Raises:
            KatanaOAuthError: The answer is larger than `max_response_bytes`, or
                compressed although identity was asked for.
        """
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in ("", "identity"):
            raise KatanaOAuthError(
                f"Katana's token endpoint answered with Content-Encoding "
                f"{_short(encoding, 40)!r} although identity was asked for.",
                error="invalid_response",
            )
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_raw():
            size += len(chunk)
            if size > self.max_response_bytes:
                raise KatanaOAuthError(
                    f"Katana's token endpoint answered with more than "
                    f"{self.max_response_bytes} bytes (max_response_bytes); a token "
                    "answer takes a few KiB.",
                    error="invalid_response",
                )
            chunks.append(chunk)
        body = parse_json(b"".join(chunks))
        return body if isinstance(body, dict) else {}

    def __repr__(self) -> str:
        return f"OAuthApp(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"


def _check_url(name: str, url: str) -> None:
    """Refuse an endpoint that is not a URL, or to which the client secret may not go.

    The message shows the URL's scheme and host only: its user info, query or fragment
    may hold a credential. Raised outside the `except`, as httpx's error quotes the URL.
    """
    try:
        parsed: httpx.URL | None = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = None
    if parsed is None:
        raise KatanaConfigError(f"{name} is not a valid URL.")
    if not is_secure_url(parsed) or not parsed.host:
        shown = f"{parsed.scheme}://{parsed.host}" if parsed.host else "a URL without a host"
        raise KatanaConfigError(
            f"{name} must be an absolute https URL (plain http only for localhost), not {shown}."
        )


def _short(value: object, limit: int, hide: Collection[object] = ()) -> str | None:
    """A string from the server, made safe for a message: each value of `hide` (as sent,
    and form-encoded) replaced by `[redacted]`, printable, and at most `limit`."""
    if not isinstance(value, str):
        return None
    # Longest first, so that no secret within another is left half-replaced.
    for secret in sorted((h for h in hide if isinstance(h, str) and h), key=len, reverse=True):
        for shown in (secret, quote_plus(secret)):
            value = value.replace(shown, _REDACTED)
    text = "".join(ch if ch.isprintable() else "?" for ch in value[:limit])
    return text + "..." if len(value) > limit else text
