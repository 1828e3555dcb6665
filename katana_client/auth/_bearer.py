"""`TokenAuth`: the httpx auth hook that asks a token provider for the token per request.

The generated `AuthenticatedClient` copies its token into the client's default headers
once, so rotating it has no effect on a live client. This hook asks the provider on every
request instead; with a cached token that is one attribute check, no lock and no I/O.

On 401 it invalidates the provider's token, fetches again and, if the token changed,
sends the request once more. A burst of requests rejected with the same token share one
refresh: each request remembers the refresh generation its token came from, and only a
request whose generation is still current starts (or joins) a refresh.

Every token is checked here before it goes into a header, whatever provider it came
from (your own included): httpx would refuse a value with CR/LF or non-latin-1
characters, but its error quotes the whole header, token and all.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator
from typing import Final

import httpx

from .._errors import (
    KatanaAuthenticationError,
    KatanaAuthError,
    KatanaInsecureTransportError,
    KatanaTokenProviderError,
)
from ._flight import SingleFlight
from ._log import logger
from ._protocol import TokenProvider, describe
from ._providers._validate import MAX_TOKEN_LENGTH, token_problem
from ._secret import Secret

LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1"})


def is_secure_url(url: httpx.URL) -> bool:
    """Whether a credential may be sent to `url`: https, or plain http to loopback."""
    return url.scheme == "https" or (url.scheme == "http" and url.host in LOOPBACK_HOSTS)


class TokenAuth(httpx.Auth):
    """Send `Authorization: Bearer <token>` from a `TokenProvider`, renewing it on 401.

    Raises (from the request that triggered it):
        KatanaAuthenticationError: Katana answered 401 and the provider had no other
            token, or the retry with a fresh token was refused too.
        KatanaInsecureTransportError: The request goes over plain http to a host that is
            not loopback; the token is not sent.
        KatanaTokenProviderError: The provider returned something that cannot be a
            bearer token: not a `Secret`, empty, longer than 8192 characters
            (`MAX_TOKEN_LENGTH`), or with whitespace, control or non-ASCII characters.
            The message names the provider, never the value; nothing is sent.
    """

    # The request is sent twice after a 401, so its body must be replayable.
    requires_request_body = True

    def __init__(self, provider: TokenProvider) -> None:
        """Authenticate every request with tokens from `provider`."""
        self._provider = provider
        self._generation = 0
        self._renewal: SingleFlight[Secret] = SingleFlight()

    @property
    def provider(self) -> TokenProvider:
        """The token provider this hook asks."""
        return self._provider

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Refuse: token providers are async, and a sync path would bypass renewal."""
        raise KatanaAuthError("katana-client authentication works with httpx.AsyncClient only.")

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Authenticate `request`; on 401 renew the token and send it once more."""
        if not is_secure_url(request.url):
            raise KatanaInsecureTransportError(
                f"Refusing to send the Katana token over plain http to {request.url.host!r}: "
                "use https (plain http is allowed only for localhost and 127.0.0.1)."
            )
        generation = self._generation
        token = await self._provider.get_token()
        request.headers["Authorization"] = self._bearer(token)
        response = yield request
        if response.status_code != 401:
            return

        source = describe(self._provider)
        logger.debug("Katana answered 401; renewing the token from %s", source)
        fresh = await self._renew(generation)
        if fresh == token:
            raise KatanaAuthenticationError(
                f"Katana rejected the API key (HTTP 401) and {source} has no other key. "
                "Check that the key in that place is current: keys are managed in Katana "
                "under Settings > API, and a deleted or rotated key stops working at once.",
                source=source,
            )
        request.headers["Authorization"] = self._bearer(fresh)
        response = yield request
        if response.status_code == 401:
            raise KatanaAuthenticationError(
                f"Katana rejected the API key (HTTP 401) twice: the key first sent and the "
                f"fresh one from {source}. Check that {source} holds a key that is still "
                "active in Katana (Settings > API) and belongs to the intended account.",
                source=source,
            )

    def _bearer(self, token: object) -> str:
        if isinstance(token, Secret):
            value = token.reveal()
            problem = token_problem(value)
            if problem is None:
                return "Bearer " + value
        else:
            problem = f"it returned a {type(token).__name__}, not a Secret"
        source = describe(self._provider)
        # Raised outside any except block, so no exception holding the value is chained.
        raise KatanaTokenProviderError(
            f"The token from {source} cannot be sent to Katana: {problem}. Check what that "
            f"source holds: one key or access token, printable ASCII, at most "
            f"{MAX_TOKEN_LENGTH} characters.",
            source=source,
        )

    async def _renew(self, generation: int) -> Secret:
        if generation != self._generation:
            # A renewal finished after this request's token was fetched: use its result.
            return await self._provider.get_token()
        return await self._renewal.run(self._invalidate_and_fetch)

    async def _invalidate_and_fetch(self) -> Secret:
        self._provider.invalidate()
        try:
            return await self._provider.get_token()
        finally:
            self._generation += 1
