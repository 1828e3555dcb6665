"""`OAuthApp`: your app's registration with Katana, the authorization URL and token calls.

Katana's login is an OAuth 2.0 authorization-code flow (see Katana's app partner docs):
`GET /authorize` on login.katanamrp.com, then form-encoded `POST /oauth/token` with
`grant_type=authorization_code` or `grant_type=refresh_token`. Refresh tokens rotate,
and presenting a used one revokes the whole grant; `OAuthTokenProvider` owns that logic,
this module only speaks the protocol.
"""

from __future__ import annotations

import dataclasses
import hmac
import secrets
import time
from collections.abc import Callable, Mapping
from typing import Any, Final

import httpx

from ..._errors import KatanaConfigError, KatanaOAuthError, KatanaReauthorizationRequiredError
from .._bearer import is_secure_url
from .._log import logger
from .._secret import Secret
from ._stores import TokenStore
from ._tokens import OAuthTokens

AUTHORIZE_URL: Final = "https://login.katanamrp.com/authorize"
TOKEN_URL: Final = "https://login.katanamrp.com/oauth/token"
AUDIENCE: Final = "https://api.katanamrp.com"
# Without offline_access Katana issues no refresh token, and the grant dies with the
# first access token.
DEFAULT_SCOPE: Final = "offline_access"


@dataclasses.dataclass(frozen=True)
class AuthorizationRequest:
    """Where to send the user, and the `state` to keep (in their session) until they return."""

    url: str
    state: str


class OAuthApp:
    """Your app as registered with Katana: builds authorization URLs and calls the token endpoint.

    Args:
        client_id: The app's client id.
        client_secret: The app's client secret (kept as a `Secret`).
        redirect_uri: The callback URL registered for the app.
        scope: Requested scope; keep `offline_access` to get refresh tokens.
        authorize_url, token_url, audience: Katana's endpoints; change only for tests.
        timeout: Seconds for each token request.
        transport: A custom httpx transport for token requests.
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
    ) -> None:
        """Describe the app; makes no request."""
        for name, url in (("authorize_url", authorize_url), ("token_url", token_url)):
            if not is_secure_url(httpx.URL(url)):
                raise KatanaConfigError(
                    f"{name} must use https (plain http only for localhost): {url!r}."
                )
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

    @property
    def timeout(self) -> float:
        """Seconds each token request may take."""
        return self._timeout

    def authorization_request(self, **extra_params: str) -> AuthorizationRequest:
        """A URL to send the user to, with a fresh unguessable `state`.

        Keep `state` (e.g. in the user's session) and pass it to `exchange_code()` as
        `expected_state`: it ties the callback to this request (CSRF protection).
        """
        state = secrets.token_urlsafe(32)
        params = {
            "response_type": "code",
            "client_id": self.client_id,
            "redirect_uri": self.redirect_uri,
            "audience": self.audience,
            "scope": self.scope,
            "state": state,
            **extra_params,
        }
        url = httpx.URL(self.authorize_url).copy_merge_params(params)
        return AuthorizationRequest(url=str(url), state=state)

    async def exchange_code(
        self, code: str, *, state: str | None, expected_state: str, store: TokenStore
    ) -> OAuthTokens:
        """Check `state`, trade the callback's `code` for tokens, and save them in `store`.

        Args:
            code: The `code` query parameter of the callback.
            state: The `state` query parameter of the callback.
            expected_state: The `state` of the `AuthorizationRequest` you kept.
            store: Where to save the tokens; give the same store to `OAuthTokenProvider`.

        Raises:
            KatanaOAuthError: `state` does not match (error "state_mismatch"), or the
                token endpoint refused the code.
        """
        if state is None or not hmac.compare_digest(state.encode(), expected_state.encode()):
            raise KatanaOAuthError(
                "The OAuth callback's state does not match the authorization request: "
                "the callback was not started by this user's session (or the session "
                "expired). Start the authorization again.",
                error="state_mismatch",
            )
        tokens = await self.request_tokens({"grant_type": "authorization_code", "code": code})
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
            KatanaOAuthError: Any other refusal or an unreadable answer.
        """
        form = {
            **grant,
            "client_id": self.client_id,
            "client_secret": self._client_secret.reveal(),
            "redirect_uri": self.redirect_uri,
        }
        started = clock()
        async with httpx.AsyncClient(timeout=self._timeout, transport=self._transport) as http:
            response = await http.post(
                self.token_url, data=form, headers={"Accept": "application/json"}
            )
        body = _json_object(response)
        if response.is_success and isinstance(body.get("access_token"), str):
            return OAuthTokens.from_response(body, now=started)
        error = body.get("error") if isinstance(body.get("error"), str) else None
        # error_description is prose chosen by the server; it carries no token.
        description = body.get("error_description")
        detail = f": {description}" if isinstance(description, str) else ""
        grant_type = grant.get("grant_type")
        if error == "invalid_grant":
            raise KatanaReauthorizationRequiredError(
                f"Katana refused the {grant_type} grant (invalid_grant{detail}). The "
                "authorization was revoked or expired, or the code or refresh token was "
                "already used: send the user through the authorization URL again.",
                error=error,
            )
        raise KatanaOAuthError(
            f"Katana's token endpoint answered HTTP {response.status_code} to the "
            f"{grant_type} grant ({error or 'no error code'}{detail}).",
            error=error,
        )

    def __repr__(self) -> str:
        return f"OAuthApp(client_id={self.client_id!r}, redirect_uri={self.redirect_uri!r})"


def _json_object(response: httpx.Response) -> dict[str, Any]:
    try:
        body = response.json()
    except ValueError:
        return {}
    return body if isinstance(body, dict) else {}
