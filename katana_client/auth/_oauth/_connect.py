"""`OAuthConnector`: connect a tenant to Katana, framework-free, with one-time states.

An app partner connects many Katana accounts, one per tenant of its own. The flow:

1. `begin(tenant, user)`: a fresh unguessable `state`, stored (with the PKCE verifier)
   in a `ConnectStateStore` for `state_ttl` seconds and bound to that tenant and user;
   the user goes to Katana's authorize URL (scope `offline_access`).
2. `complete(params)`: the callback's parameters (a query string, or the form Katana
   posts). The state is taken out of the store (so it works once), checked for age, and
   the code exchanged; the grant goes into `stores(tenant)`. Every way this can go
   wrong is a `ConnectResult` with an `error`, never an exception, and no log line
   holds a code, a state or a token.
3. `disconnect(tenant)`: the tenant's grant is cleared.

The state store must be shared by every worker that may receive the callback:
`RedisConnectStates` for several processes, `MemoryConnectStates` for one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import json
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Final, Protocol, runtime_checkable

import httpx

from ..._errors import (
    KatanaConfigError,
    KatanaOAuthError,
    KatanaTokenStoreError,
)
from .._log import logger
from .._providers._optional import require
from .._read import parse_json
from ._app import OAuthApp
from ._stores import TokenStore

if TYPE_CHECKING:
    from redis.asyncio import Redis

    from .._shared._cipher import KeyMaterial, TokenCipher


class TokenStoreFactory(Protocol):
    """Gives the token store of one tenant's grant: `FileTokenStores`, `RedisTokenStores`
    or any callable taking a tenant id (a function, a lambda)."""

    def __call__(self, tenant: str, /) -> TokenStore:
        """The store of `tenant`'s grant."""
        ...


DEFAULT_STATE_TTL: Final = 600.0
# The error codes of an authorization response (RFC 6749, section 4.1.2.1).
_AUTHORIZATION_ERRORS: Final = frozenset(
    {
        "invalid_request",
        "unauthorized_client",
        "access_denied",
        "unsupported_response_type",
        "invalid_scope",
        "server_error",
        "temporarily_unavailable",
    }
)
# A state is kept this much longer than it is valid, so that a late callback is told
# "expired" rather than "unknown".
_GRACE: Final = 3600.0
_MAX_PARAM: Final = 4096  # longest code or state read; Auth0's are well under 100


@dataclasses.dataclass(frozen=True)
class PendingConnect:
    """What a `state` stands for: who started connecting which tenant, until when.

    Attributes:
        tenant: The tenant the grant will belong to.
        user: Who started the connect (your app's user id).
        expires_at: Wall-clock time after which the state is refused.
        code_verifier: The PKCE verifier (None without PKCE); never shown.
        browser_digest: SHA-256 (hex) of the secret kept in the browser that started
            the connect (a cookie), or None when the connect is not bound to one.
    """

    tenant: str
    user: str
    expires_at: float
    code_verifier: str | None = dataclasses.field(default=None, repr=False)
    browser_digest: str | None = dataclasses.field(default=None, repr=False)

    def to_json(self) -> bytes:
        """The record as JSON (the verifier in clear: stores encrypt or keep it private)."""
        return json.dumps(dataclasses.asdict(self)).encode()

    @classmethod
    def from_json(cls, blob: bytes) -> PendingConnect | None:
        """The record, or None if `blob` is not one."""
        data = parse_json(blob)
        if not isinstance(data, dict):  # INVALID included
            return None
        try:
            return cls(
                tenant=str(data["tenant"]),
                user=str(data["user"]),
                expires_at=float(data["expires_at"]),
                code_verifier=data.get("code_verifier") or None,
                browser_digest=data.get("browser_digest") or None,
            )
        except (KeyError, TypeError, ValueError):
            return None


@runtime_checkable
class ConnectStateStore(Protocol):
    """Where pending connects wait for their callback, by state.

    `take` must be atomic: of two callbacks with the same state, one gets the record.
    """

    async def put(self, state: str, pending: PendingConnect, keep: float) -> None:
        """Keep `pending` under `state` for `keep` seconds at least."""
        ...

    async def take(self, state: str) -> PendingConnect | None:
        """Remove and return the record of `state`; None if there is none."""
        ...


def _key(state: str) -> str:
    # Stores hold a digest of the state, never the state itself.
    return hashlib.sha256(state.encode()).hexdigest()


class MemoryConnectStates:
    """Pending connects in this process's memory: for one worker process only.

    Args:
        max_pending: Most pending connects kept; the oldest go first beyond it.
    """

    def __init__(self, *, max_pending: int = 10_000) -> None:
        """Start empty."""
        self.max_pending = max_pending
        self._pending: dict[str, tuple[float, PendingConnect]] = {}

    async def put(self, state: str, pending: PendingConnect, keep: float) -> None:
        """Keep `pending` for `keep` seconds."""
        now = time.monotonic()
        for key in [k for k, (until, _) in self._pending.items() if until <= now]:
            del self._pending[key]
        while len(self._pending) >= self.max_pending:
            del self._pending[next(iter(self._pending))]
        self._pending[_key(state)] = (now + keep, pending)

    async def take(self, state: str) -> PendingConnect | None:
        """Remove and return the record of `state`."""
        found = self._pending.pop(_key(state), None)
        return found[1] if found is not None and found[0] > time.monotonic() else None

    def __repr__(self) -> str:
        return f"MemoryConnectStates({len(self._pending)} pending)"


class RedisConnectStates:
    """Pending connects in Redis (`SET PX`, taken with `GETDEL`): for many workers.

    Needs the `[redis]` extra and Redis 6.2 or later.

    Raises:
        KatanaConfigError: redis-py is not installed, or `redis` is no valid Redis URL
            (the message does not quote it: it may hold a password).

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close), or a URL (a client is
            made of it now, which connects on first use; close it with `aclose()`).
        key: A Fernet key (or several, or a `TokenCipher`) to encrypt the records (they
            hold the PKCE verifier); None stores them as JSON.
        prefix: Key name prefix; the rest of the name is a digest of the state.
    """

    def __init__(
        self,
        redis: str | Redis,
        *,
        key: TokenCipher | KeyMaterial | Sequence[KeyMaterial] | None = None,
        prefix: str = "katana:connect",
    ) -> None:
        """Keep pending connects under `prefix`; connects on first use."""
        require("redis", extra="redis", feature="RedisConnectStates")
        from .._shared._cipher import as_cipher  # noqa: PLC0415 (import cost)
        from .._shared._redis import RedisConnection  # noqa: PLC0415 (import cost)

        self._connection = RedisConnection(redis, "for a pending connect")
        self._cipher = None if key is None else as_cipher(key)
        self.prefix = prefix

    async def put(self, state: str, pending: PendingConnect, keep: float) -> None:
        """`SET PX`: keep `pending` for `keep` seconds."""
        blob = pending.to_json()
        if self._cipher is not None:
            blob = self._cipher.encrypt(blob)
        name = f"{self.prefix}:{_key(state)}"
        await self._connection.call(
            "SET", lambda r: r.set(name, blob, px=max(1, round(keep * 1000)))
        )

    async def take(self, state: str) -> PendingConnect | None:
        """`GETDEL`: remove and return the record of `state`."""
        name = f"{self.prefix}:{_key(state)}"
        blob = await self._connection.call("GETDEL", lambda r: r.getdel(name))
        if blob is None:
            return None
        if isinstance(blob, str):
            blob = blob.encode()
        if self._cipher is not None:
            try:
                blob = self._cipher.decrypt(blob)
            except KatanaTokenStoreError:
                return None
        return PendingConnect.from_json(blob)

    async def aclose(self) -> None:
        """Close the client made from a URL (not one you passed in)."""
        await self._connection.aclose()

    def __repr__(self) -> str:
        return f"RedisConnectStates(prefix={self.prefix!r})"


@dataclasses.dataclass(frozen=True)
class ConnectResult:
    """How a callback ended. `error` is None when the tenant is connected.

    Attributes:
        error: None, or why it failed:
            "access_denied": the user refused on Katana's page;
            "authorization_error": Katana's page answered another error;
            "state_missing", "state_unknown" (forged, or used already), "state_expired";
            "browser_mismatch": the callback came back in another browser;
            "code_missing": neither a code nor an error came back;
            "exchange_failed": Katana refused the code or could not be reached;
            "store_failed": the state or the grant store failed (the log says how).
        tenant: The tenant the state was bound to (None when the state was not found).
        user: Who started the connect (None when the state was not found).
        message: What happened, in words fit for a log or a page: no code, state or token.
        oauth_error: The OAuth error code Katana sent, when it sent one; from the
            callback's query (which anyone can craft) only a code RFC 6749 registers.
    """

    error: str | None
    tenant: str | None = None
    user: str | None = None
    message: str = "Connected to Katana."
    oauth_error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the tenant is now connected."""
        return self.error is None


class OAuthConnector:
    """Connects tenants to Katana: `begin()`, `complete()`, `disconnect()`.

    Example (any web framework; `katana_connect_router` does this for FastAPI)::

        connector = OAuthConnector(app, FileTokenStores("/var/lib/yourapp/katana"))
        url = await connector.begin(tenant="acme", user="alice")   # redirect there
        result = await connector.complete(callback_query_or_form)  # in the callback
        if not result.ok:
            ...  # result.error, result.message

    Args:
        app: The `OAuthApp` (with `offline_access` in its scope, the default).
        stores: The tenant's token store, by tenant id (`FileTokenStores`,
            `RedisTokenStores`, or your own).
        states: Where pending connects wait; shared by every worker that may receive
            the callback. Default: `MemoryConnectStates()` (one process).
        state_ttl: Seconds a user has to come back from Katana's page.
    """

    def __init__(
        self,
        app: OAuthApp,
        stores: TokenStoreFactory,
        *,
        states: ConnectStateStore | None = None,
        state_ttl: float = DEFAULT_STATE_TTL,
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Connect tenants of `app`, keeping their grants in `stores`."""
        if state_ttl <= 0:
            raise KatanaConfigError("state_ttl must be positive seconds.")
        if "offline_access" not in app.scope.split():
            raise KatanaConfigError(
                "The app's scope lacks offline_access: Katana would issue no refresh "
                "token, and every grant would die with its first access token."
            )
        self.app = app
        self.stores = stores
        self.states: ConnectStateStore = states if states is not None else MemoryConnectStates()
        self.state_ttl = state_ttl
        self._clock = clock

    async def begin(self, tenant: str, user: str, *, browser: str | None = None) -> str:
        """Store a one-time state for `tenant` and `user`; return the URL to send them to.

        Args:
            tenant: The tenant the grant will belong to.
            user: Who is connecting.
            browser: A fresh secret you keep in the user's browser (an HttpOnly cookie)
                and pass to `complete()`: the callback is then accepted only from that
                browser, so a connect link handed to someone else cannot put their
                Katana account into this tenant.

        Raises:
            KatanaConfigError: The tenant id is empty, or one the stores refuse.
            KatanaTokenStoreError: The state store failed.
        """
        if not tenant:
            raise KatanaConfigError("Connecting needs a non-empty tenant id.")
        self.stores(tenant)  # a tenant id the stores refuse fails here, not in the callback
        request = self.app.authorization_request()
        pending = PendingConnect(
            tenant,
            user,
            self._clock() + self.state_ttl,
            request.code_verifier,
            None if browser is None else _key(browser),
        )
        await self.states.put(request.state, pending, self.state_ttl + _GRACE)
        logger.info("Katana connect started for tenant %r", tenant)
        return request.url

    async def complete(
        self, params: Mapping[str, str], *, browser: str | None = None
    ) -> ConnectResult:
        """Finish a connect from the callback's parameters (query or posted form).

        `browser` is the secret given to `begin()`, as the callback's browser sent it
        back (None if it sent none).

        Never raises for what a callback can bring (a refusal, a forged, reused or late
        state, another browser, a bad code, an unreachable or failing Katana, a failing
        store): each is a `ConnectResult` with an `error`.
        """
        state = params.get("state") or ""
        if not state or len(state) > _MAX_PARAM:
            return self._failed("state_missing", None, "The callback carries no valid state.")
        try:
            pending = await self.states.take(state)
        except KatanaTokenStoreError as exc:
            return self._store_failed(None, exc)
        if pending is None:
            return self._failed(
                "state_unknown",
                None,
                "The callback's state is unknown: it was used already, it expired long "
                "ago, or it was not issued here. Start connecting again.",
            )
        stale = self._stale(pending, browser)
        if stale is not None:
            return stale
        if params.get("error"):
            return self._refused(pending, params)
        code = params.get("code") or ""
        if not code or len(code) > _MAX_PARAM:
            return self._failed("code_missing", pending, "The callback carries no valid code.")
        try:
            await self.app.exchange_code(
                code,
                state=state,
                expected_state=state,  # checked above: taken from the store
                code_verifier=pending.code_verifier,
                store=self.stores(pending.tenant),
            )
        except KatanaTokenStoreError as exc:
            return self._store_failed(pending, exc)
        except KatanaOAuthError as exc:
            return self._failed("exchange_failed", pending, str(exc), exc.error)
        except httpx.TransportError as exc:
            return self._failed(
                "exchange_failed",
                pending,
                f"Cannot reach Katana's token endpoint ({type(exc).__name__}).",
                "unreachable",
            )
        logger.info("Katana connect completed for tenant %r", pending.tenant)
        return ConnectResult(None, pending.tenant, pending.user)

    async def disconnect(self, tenant: str) -> None:
        """Forget `tenant`'s grant (its store is cleared)."""
        await self.stores(tenant).clear()
        logger.info("Katana grant of tenant %r cleared", tenant)

    def _stale(self, pending: PendingConnect, browser: str | None) -> ConnectResult | None:
        """A failure if the state is too old or came back in another browser, else None."""
        if self._clock() > pending.expires_at:
            return self._failed(
                "state_expired",
                pending,
                f"The connect took longer than {self.state_ttl:g} s. Start connecting again.",
            )
        expected = pending.browser_digest
        if expected is not None and (
            browser is None or not hmac.compare_digest(_key(browser), expected)
        ):
            return self._failed(
                "browser_mismatch",
                pending,
                "The callback came back in another browser than the one that started "
                "connecting (or without its cookie). Start connecting again from the app.",
            )
        return None

    def _refused(self, pending: PendingConnect, params: Mapping[str, str]) -> ConnectResult:
        """Katana's page sent the user back with an error instead of a code.

        The callback's query comes from the browser, and anyone can craft it: its
        `error` is reported only when RFC 6749 registers it, `error_description` never.
        """
        error = params.get("error")
        if error == "access_denied":
            return self._failed(
                "access_denied", pending, "Access was refused on Katana's page.", error
            )
        if error not in _AUTHORIZATION_ERRORS:
            message = "Katana's page answered an unrecognised error."
            return self._failed("authorization_error", pending, message)
        message = f"Katana's page answered {error}."
        return self._failed("authorization_error", pending, message, error)

    def _store_failed(
        self, pending: PendingConnect | None, exc: KatanaTokenStoreError
    ) -> ConnectResult:
        # The store's message (paths, Redis commands) is for the operator, not the page.
        logger.error("Katana connect: %s", exc)
        message = "The connection could not be saved. Try again later."
        return self._failed("store_failed", pending, message)

    def _failed(
        self,
        error: str,
        pending: PendingConnect | None,
        message: str,
        oauth_error: str | None = None,
    ) -> ConnectResult:
        tenant = pending.tenant if pending is not None else None
        logger.warning("Katana connect failed for tenant %r: %s", tenant, error)
        return ConnectResult(error, tenant, pending.user if pending else None, message, oauth_error)

    def __repr__(self) -> str:
        return f"OAuthConnector({self.app!r})"
