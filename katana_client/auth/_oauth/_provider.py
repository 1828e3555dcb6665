"""`OAuthTokenProvider`: access tokens from a Katana OAuth grant, refreshed safely.

Katana's refresh tokens rotate: each refresh returns a new one, and presenting one that
was already used revokes the whole grant. Hence the rules this provider follows:

- one refresh at a time (a single flight that every waiting request joins);
- the refresh token is taken out of the store *before* it is presented, and the new
  tokens are saved *before* the new access token is used, so neither a crash nor a
  restart can make the app present a spent refresh token;
- a refresh that fails after it may have reached the server is never retried with the
  same refresh token: the user has to authorize again. Only a failure to connect (the
  request was certainly not sent) leaves the token usable.

With a `SharedTokenStore` (`RedisTokenStore`, `LockingFileTokenStore`) the same rules
hold across processes: one process refreshes under the store's lease while the others
wait and read its tokens from the store, and the refresh token is taken out with an
atomic compare-and-swap, so two processes can never both present it.
"""

from __future__ import annotations

import hashlib
import math
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

import httpx

from ..._errors import (
    KatanaConfigError,
    KatanaOAuthError,
    KatanaReauthorizationRequiredError,
    KatanaTokenStoreError,
)
from .._flight import SingleFlight
from .._log import logger
from .._secret import Secret
from .._shared._coordinate import renew_shared
from .._shared._protocol import SharedTokenStore
from ._app import OAuthApp
from ._stores import TokenStore
from ._tokens import OAuthTokens

# Failures raised before a single byte of the request was sent.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol)
T = TypeVar("T")


class OAuthTokenProvider:
    """A `TokenProvider` for apps that act on a Katana account through OAuth.

    Example::

        provider = OAuthTokenProvider(app, FileTokenStore("/var/lib/myapp/katana.json"))
        async with KatanaClient(token_provider=provider) as client:
            ...

    Several worker processes sharing one grant (`uvicorn --workers 4`, several pods)
    must share a `SharedTokenStore`: `LockingFileTokenStore` on one host,
    `RedisTokenStore` across hosts. Any other store is for one process only.

    Args:
        app: The `OAuthApp` the grant belongs to.
        store: Where the tokens are kept; `OAuthApp.exchange_code()` saved them there.
        refresh_margin: Refresh this many seconds before the access token expires, so
            that a request never leaves with a token that expires on the way.
        clock: Wall-clock time (seconds since the epoch), replaceable in tests.
    """

    def __init__(
        self,
        app: OAuthApp,
        store: TokenStore,
        *,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Serve access tokens of the grant saved in `store`."""
        if isinstance(store, SharedTokenStore) and store.lease <= app.timeout:
            # A refresh outliving the lease would let a waiter in while the token is out.
            raise KatanaConfigError(
                f"The store's lease ({store.lease:g} s) must be longer than the app's "
                f"token request timeout ({app.timeout:g} s)."
            )
        self.app = app
        self.store = store
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._tokens: OAuthTokens | None = None
        self._use_until = -math.inf
        self._rejected: Secret | None = None
        self._unsaved: OAuthTokens | None = None
        # Digests of refresh tokens presented to the server (never the tokens).
        self._spent: set[bytes] = set()
        self._flight: SingleFlight[Secret] = SingleFlight()

    @property
    def source(self) -> str:
        """E.g. "OAuth grant of client 'abc' (FileTokenStore('/var/lib/...'))"."""
        return f"OAuth grant of client {self.app.client_id!r} ({self.store!r})"

    async def get_token(self) -> Secret:
        """The current access token, refreshed first if it expires within the margin."""
        tokens = self._tokens
        if tokens is not None and self._clock() < self._use_until:
            return tokens.access_token
        return await self._flight.run(self._renew)

    def invalidate(self) -> None:
        """Treat the current access token as rejected: the next request refreshes."""
        if self._tokens is not None:
            self._rejected = self._tokens.access_token
        self._use_until = -math.inf

    async def _renew(self) -> Secret:
        unsaved = self._unsaved
        if unsaved is not None:
            # The last refresh succeeded but its save failed: save before using it.
            await self._save(unsaved)
            self._unsaved = None
            self._adopt(unsaved)
            if self._usable(unsaved):
                return unsaved.access_token

        if isinstance(self.store, SharedTokenStore):
            return await renew_shared(
                self.store, adopt=self._adopt_usable, renew=self._refresh_shared, what="refresh"
            )

        # Another process (or exchange_code) may have saved newer tokens.
        stored = await self.store.load()
        current = stored if stored is not None else self._tokens
        token = self._adopt_usable(current)
        if token is not None:
            return token
        assert current is not None  # _adopt_usable raised
        fresh = await self._refresh(current, claim=self._take_out)
        assert fresh is not None  # _take_out always claims
        return fresh

    def _adopt_usable(self, stored: OAuthTokens | None) -> Secret | None:
        """Adopt `stored` and return its access token if it will do, else None."""
        if stored is None:
            self._forget()
            raise KatanaReauthorizationRequiredError(
                f"No OAuth tokens in {self.store!r}: complete the authorization flow "
                "(OAuthApp.authorization_request, then exchange_code) first.",
                error="no_tokens",
            )
        if stored.access_token != self._rejected and self._usable(stored):
            self._adopt(stored)
            return stored.access_token
        return None

    async def _refresh_shared(self, stored: OAuthTokens | None) -> Secret | None:
        assert stored is not None  # _adopt_usable raised
        assert isinstance(self.store, SharedTokenStore)
        return await self._refresh(stored, claim=self.store.take_refresh_token)

    async def _take_out(self, current: OAuthTokens) -> bool:
        await self._save(current.without_refresh_token())
        return True

    async def _refresh(
        self, current: OAuthTokens, *, claim: Callable[[OAuthTokens], Awaitable[bool]]
    ) -> Secret | None:
        """Present the refresh token of `current`; None if `claim` found it gone."""
        refresh_token = current.refresh_token
        if refresh_token is None:
            raise KatanaReauthorizationRequiredError(
                "The access token expired and the grant has no usable refresh token "
                "(request the offline_access scope; a refresh that failed mid-way also "
                "uses it up): send the user through the authorization URL again.",
                error="no_refresh_token",
            )
        digest = hashlib.sha256(refresh_token.reveal().encode()).digest()
        if digest in self._spent:
            raise KatanaReauthorizationRequiredError(
                "The stored refresh token was already used, and presenting it again "
                "would revoke the grant: send the user through the authorization URL again.",
                error="spent_refresh_token",
            )

        # Take the refresh token out of the store before presenting it: if the process
        # dies mid-refresh, the next start must not present a token that may be spent.
        # A shared store does it atomically: if another process took it first, look again.
        if not await self._guarded(claim, current, "Taking the refresh token out of"):
            return None
        self._spent.add(digest)
        logger.debug("Refreshing the Katana OAuth access token (%s)", self.source)
        try:
            fresh = await self.app.request_tokens(
                {"grant_type": "refresh_token", "refresh_token": refresh_token.reveal()},
                clock=self._clock,
            )
        except _NOT_SENT as exc:
            # Never sent: the token is still good. Put it back for the next attempt.
            self._spent.discard(digest)
            await self._save(current)
            raise KatanaOAuthError(
                f"Cannot reach Katana's token endpoint ({type(exc).__name__}); "
                "the refresh will be tried again on the next request.",
                error="unreachable",
            ) from None
        except KatanaReauthorizationRequiredError:
            await self.store.clear()
            self._forget()
            raise
        except (httpx.TransportError, KatanaOAuthError) as exc:
            # The server may have rotated the token before the failure: it is spent.
            self._forget()
            raise KatanaReauthorizationRequiredError(
                f"The token refresh failed after it may have reached Katana "
                f"({_describe(exc)}). Its refresh token is not presented again, because "
                "a reused one revokes the grant: send the user through the authorization "
                "URL again.",
                error=getattr(exc, "error", None) or "refresh_failed",
            ) from None

        if fresh.refresh_token is None:
            # The server did not rotate (RFC 6749 6.): the old token stays valid.
            self._spent.discard(digest)
            fresh = OAuthTokens(
                fresh.access_token, refresh_token, fresh.expires_at, fresh.token_type, fresh.scope
            )
        try:
            await self._save(fresh)
        except KatanaTokenStoreError:
            self._unsaved = fresh
            raise
        self._adopt(fresh)
        logger.info("Refreshed the Katana OAuth access token; new tokens saved")
        return fresh.access_token

    async def _save(self, tokens: OAuthTokens) -> None:
        await self._guarded(self.store.save, tokens, "Saving OAuth tokens to")

    async def _guarded(
        self, operation: Callable[[OAuthTokens], Awaitable[T]], tokens: OAuthTokens, what: str
    ) -> T:
        # A store's own exception is reported by its type only: its message may hold a token.
        try:
            return await operation(tokens)
        except KatanaTokenStoreError:
            raise
        except Exception as exc:
            raise KatanaTokenStoreError(
                f"{what} {self.store!r} failed: {type(exc).__name__}"
            ) from None

    def _usable(self, tokens: OAuthTokens) -> bool:
        return tokens.expires_at is None or self._clock() < tokens.expires_at - self.refresh_margin

    def _adopt(self, tokens: OAuthTokens) -> None:
        self._tokens = tokens
        self._rejected = None
        self._use_until = (
            math.inf if tokens.expires_at is None else tokens.expires_at - self.refresh_margin
        )

    def _forget(self) -> None:
        self._tokens = None
        self._use_until = -math.inf

    def __repr__(self) -> str:
        return f"OAuthTokenProvider({self.source})"


def _describe(exc: Exception) -> str:
    if isinstance(exc, KatanaOAuthError):
        return exc.error or "no error code"
    return type(exc).__name__
