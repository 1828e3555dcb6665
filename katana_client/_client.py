"""`KatanaClient`: configuration, auth and pooled HTTP connections for all endpoints.

The generated endpoint functions take any object with `get_async_httpx_client()`;
`KatanaClient` is that object. A generated `AuthenticatedClient` builds the
`httpx.AsyncClient` (base URL, headers, timeout) so that every call reuses pooled TLS
connections (a new client per request costs ~100 ms of handshakes); this module adds
the checks, the token provider's auth and the resilience transport.

Connections belong to the event loop that opened them, so there is one httpx client
per event loop: a client used from two `asyncio.run()` calls in turn, or from the
private loop of `SyncKatanaClient`, just works. Each is closed when its loop shuts down
(`asyncio.run` and `asyncio.Runner` finalize async generators first) or by `aclose()`.
Create one per application, e.g. in a FastAPI lifespan, and close it on shutdown.
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterable, Mapping
from contextlib import AbstractContextManager
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Self, Unpack

import attrs
import httpx

from ._errors import KatanaClientClosedError, KatanaConfigError, KatanaParameterError
from ._version import __version__
from .auth import EnvTokenProvider, StaticTokenProvider, TokenAuth, TokenProvider
from .auth._secret import Secret
from .generated.client import DEFAULT_TIMEOUT, AuthenticatedClient
from .generated.resources import Resources
from .resilience._body import DEFAULT_MAX_RESPONSE_BYTES
from .resilience._options import (
    DEFAULT,
    DEFAULT_LIMITS,
    NO_OPTIONS,
    ClientOptions,
    OptionsScope,
    call_options,
    current_options,
    make_options,
)

if TYPE_CHECKING:
    import asyncio

    from .observability import Observer
    from .resilience._transport import RateLimitSetting, RetrySetting

API_KEY_ENV: Final = "KATANA_API_KEY"
BASE_URL_ENV: Final = "KATANA_BASE_URL"
DEFAULT_BASE_URL: Final = "https://api.katanamrp.com/v1"

# Plain http is only acceptable when the traffic never leaves the machine (a local mock
# or recording proxy); anywhere else it would send the API key in clear text.
_LOOPBACK_HOSTS: Final = frozenset({"localhost", "127.0.0.1", "::1"})


def _extra_query(request: httpx.Request, query: Mapping[str, Any]) -> list[tuple[str, str]]:
    """`extra_query` written as the operation's own parameters are (`query_params`).

    Raises:
        KatanaParameterError: A key would replace what the call sends itself (httpx
            merges by replacing) or set an operation's page number or size, which the
            request core checks against Katana's range and a walk sets page by page;
            or a value has no text to send. Nothing was sent.
    """
    from ._runtime._convert import _ParamTextError, query_params  # noqa: PLC0415 - rare
    from ._runtime._exchange import exchange_of  # noqa: PLC0415 - only with extra_query

    op = exchange_of(request).operation
    name = op.id if op is not None else f"{request.method} {request.url.path}"
    paged = op is not None and op.pagination == "query"
    for key in query:
        if paged and key in _PAGING:
            why = f"{key}= is the operation's own argument (a walk: start_page=, page_size=)"
        elif key in request.url.params:
            why = f"the call sends {key!r} itself: pass one or the other"
        else:
            continue
        raise KatanaParameterError(
            f"{name}: extra_query cannot set {key!r}: {why}; nothing was sent",
            operation=op.id if op is not None else "",
            parameter=key,
        )
    try:
        return query_params(query)
    except _ParamTextError as exc:
        raise KatanaParameterError(
            f"{name}: extra_query {exc.parameter!r} is {exc}; nothing was sent",
            operation=op.id if op is not None else "",
            parameter=exc.parameter,
        ) from None


_PAGING: Final = frozenset({"page", "limit"})


class KatanaClient(Resources, OptionsScope):
    """Async client for the Katana MRP API: one attribute per resource of the API.

    Example::

        async with KatanaClient() as client:  # reads KATANA_API_KEY
            async for product in client.products.list(is_sellable=True):
                ...
            order = await client.sales_orders.get(1)

    Each resource (`client.products`, `client.sales_orders`, ...) is imported on first
    access. The client can also be passed as `client=` to the generated endpoint
    functions in `katana_client.generated.api`.

    Args:
        api_key: Katana API key. Defaults to the `KATANA_API_KEY` environment variable.
        token_provider: Where to get the key instead (a secret file, a secret store, an
            OAuth grant...): any `katana_client.auth.TokenProvider`, asked before every
            request and again after a 401. Not together with `api_key`.
        base_url: API root. Defaults to `KATANA_BASE_URL`, else
            `https://api.katanamrp.com/v1`. Must be https (http only for localhost).
        timeout: Seconds, or an `httpx.Timeout`. Defaults to 30 s (10 s to connect, 120 s
            to wait for a pooled connection or a rate-limit slot). Its `pool` timeout
            bounds the wait for a rate-limit slot (`KatanaRateLimitTimeoutError`).
            `None` disables timeouts, as in httpx; rarely what you want.
        transport: Custom httpx transport, e.g. `httpx.MockTransport` in tests. It is
            wrapped in the resilience transport (retries, rate limit, logging); a
            `katana_client.resilience.ResilientTransport` is used as it is.
        http_client: Your own configured `httpx.AsyncClient`, to send with its
            transport, proxies, TLS settings, pool limits and event hooks. Requests
            still go through this client first: its token provider authorizes each
            one (the httpx client's own `auth` is not used), and the retries, rate
            limit, body cap and `timeout` here apply; its `base_url`, default
            headers and timeout do not. You keep ownership: `aclose()` does not
            close it, and it works on the one event loop it was made for. Not
            together with `transport`.
        headers: Extra headers sent with every request.
        retry: A `katana_client.resilience.RetryPolicy`, a number of attempts, or
            `False` for none. Default: `RetryPolicy()` (5 attempts within 60 s; creates
            are never repeated once Katana may have acted). Off for a MockTransport.
        rate_limit: A `LocalRateLimiter`, `RedisRateLimiter` or other `RateLimiter`, or
            `False` for none. Default: one limiter per process, 60 requests per 60 s
            per API key, shared by every client. Off for a MockTransport.
        limits: Connection pool limits for the default transport (20 connections,
            idle ones kept 30 s).
        event_hooks: httpx event hooks (`{"request": [...], "response": [...]}`); they
            see each call once, with its final response.
        max_response_bytes: Largest response body read, counted as received and once
            decoded (gzip), for success and error bodies alike. Default 32 MiB, far
            above a Katana page. Reading stops at the cap, the connection is closed and
            `KatanaResponseTooLargeError` is raised.
        response_deadline: Seconds an attempt may take from sending the request to the
            last byte of the answer, headers and body (httpx's read timeout bounds each
            read alone, so a server trickling a byte at a time could hold a call for
            ever). Default: 4 times the read timeout (2 minutes at the default 30 s),
            scaled by `options(timeout=...)`; none when the read timeout is None. Past
            it the attempt ends like a read timeout: retried if repeat-safe, else
            `KatanaTimeoutError` with `outcome_unknown=True`. Holds with `retry=False`
            and through proxies.
        trust_env: Use the proxies in `HTTP_PROXY`, `HTTPS_PROXY`, `ALL_PROXY` and
            `NO_PROXY` (and httpx's `SSL_CERT_FILE`/`SSL_CERT_DIR`), as httpx does.
            Proxied requests keep auth, retries, the rate limit and the body cap.
            Plain http (loopback only) is refused through a proxy that is neither
            https nor on this machine. Not for a custom `transport`. Default True.
        observers: `katana_client.observability.Observer`s told about every call,
            attempt, retry, 429 and rate-limit wait (metrics). With the `[otel]` extra
            installed an `OpenTelemetryObserver` is added by itself: one span per call.

    After `aclose()` (or the end of `async with`), nothing more is sent: requests still
    in flight, waiting to retry or waiting for the rate limit raise
    `KatanaClientClosedError`, and every connection is closed.

    Raises:
        KatanaConfigError: The key is missing or malformed, or the base URL is invalid.
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        token_provider: TokenProvider | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        retry: RetrySetting = DEFAULT,
        rate_limit: RateLimitSetting = DEFAULT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        event_hooks: Mapping[str, list[Callable[..., Awaitable[Any]]]] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        response_deadline: float | None = None,
        trust_env: bool = True,
        observers: Iterable[Observer] = (),
    ) -> None:
        if isinstance(max_response_bytes, bool) or not isinstance(max_response_bytes, int):
            raise KatanaConfigError("max_response_bytes must be a whole number of bytes.")
        if max_response_bytes < 1:
            raise KatanaConfigError("max_response_bytes must be at least 1.")
        if response_deadline is not None and not (
            isinstance(response_deadline, int | float)
            and not isinstance(response_deadline, bool)
            and 0 < response_deadline < float("inf")
        ):
            raise KatanaConfigError(
                "response_deadline must be a number of seconds above 0, or None for "
                "4 times the read timeout."
            )
        if http_client is not None:
            if transport is not None:
                raise KatanaConfigError("Pass transport or http_client, not both.")
            transport = _ThroughClient(http_client)
        self._token_provider = _resolve_token_provider(api_key, token_provider)
        self._options_scope = self
        self._options_defaults = NO_OPTIONS
        hooks = {name: list(fns) for name, fns in (event_hooks or {}).items()}
        chosen_observers = _checked_observers(observers)
        # First, so that user hooks see the request as it is sent.
        hooks["request"] = [self._add_extras, *hooks.get("request", [])]

        def transport_args() -> dict[str, Any]:
            # Called when the httpx client is first built: making a transport loads TLS
            # certificates (~20 ms), and importing it loads the rate limiter and the
            # request core: costs that `KatanaClient()` alone should not pay.
            from .resilience._proxy import proxy_mounts  # noqa: PLC0415 - see above
            from .resilience._transport import build_transport  # noqa: PLC0415

            resilient = build_transport(
                transport,
                retry=retry,
                rate_limit=rate_limit,
                limits=limits,
                scope=self,
                max_response_bytes=max_response_bytes,
                response_deadline=response_deadline,
                trust_env=trust_env,
                observers=chosen_observers,
            )
            # httpx reads proxy variables only for a transport it builds itself; this
            # reads them the same way and keeps the resilience layer on each proxy.
            mounts = {}
            if trust_env and transport is None:
                mounts = proxy_mounts(resilient, limits=limits, trust_env=True)
            return {
                "transport": resilient,
                "mounts": mounts,
                "event_hooks": hooks,
                "trust_env": trust_env,
            }

        self._shared = _Shared(
            AuthenticatedClient(
                base_url=_resolve_base_url(base_url),
                auth=TokenAuth(self._token_provider),
                timeout=timeout,
                headers={
                    "User-Agent": f"katana-client/{__version__}",
                    # Only the codings whose decoded size can be counted as they arrive
                    # (httpx would also ask for br and zstd when their packages are there).
                    "Accept-Encoding": "gzip, deflate",
                    **(headers or {}),
                },
                httpx_args=transport_args,
            )
        )

    @property
    def base_url(self) -> str:
        """The API root every endpoint path is appended to, without a trailing slash."""
        return self._shared.settings.base_url

    @property
    def token_provider(self) -> TokenProvider:
        """Where the client gets its token; asked before every request."""
        return self._token_provider

    @property
    def is_closed(self) -> bool:
        """Whether `aclose()` has been called; a closed client cannot be reused."""
        return self._shared.closed

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the `httpx.AsyncClient` of the running event loop, creating it on first use.

        Generated endpoint functions call this; application code rarely needs to. A
        `with_options` copy returns the same one: copies share the connection pool.

        Raises:
            KatanaClientClosedError: The client has been closed.
        """
        if self._shared.closed:
            raise KatanaClientClosedError(
                "This KatanaClient is closed; create a new KatanaClient to make more requests."
            )
        return self._shared.for_running_loop()

    def options(self, **settings: Unpack[ClientOptions]) -> AbstractContextManager[None]:
        """Change retries, timeouts, headers or query for this client's calls in a `with` block.

        Example::

            with client.options(retry=False, timeout=5):
                order = await create_sales_order.asyncio(client=client, body=body)

        Applies to the current task (and tasks it starts) only, so concurrent requests
        of other tasks keep the client's settings; also to `with_options` copies of the
        client. `retry`: a `RetryPolicy`, a number of attempts, or `False` for one
        attempt. `timeout`: seconds or an `httpx.Timeout`. `extra_headers` and
        `extra_query` are added to every request (not `Authorization`: the token
        provider authorizes; not a query parameter the request sends itself, nor a
        list's `page` or `limit`: such a request raises `KatanaParameterError`). A
        block wins over a `with_options` copy's settings; a resource method's own
        `timeout=`, `extra_headers=`, `extra_query=` win over both.

        Raises:
            KatanaConfigError: `extra_headers` sets `Authorization`.
        """
        return call_options(self._options_scope, **settings)

    def with_options(self, **settings: Unpack[ClientOptions]) -> Self:
        """A copy of this client whose calls use these settings; it shares the connections.

        Example::

            patient = client.with_options(timeout=120, retry=8)
            async for row in patient.inventory.movements():
                ...

        The settings are those of `options()`, and apply to every request the copy
        sends (resource methods and endpoint functions given `client=copy`). A copy of a
        copy adds to its settings. The copy shares the pool, token provider, rate limit
        and closing: `aclose()` on any of them closes them all, so close the original.

        Raises:
            KatanaConfigError: `extra_headers` sets `Authorization`.
        """
        options = make_options(settings)
        copy = object.__new__(type(self))
        # Only the state: resources (cached attributes) bind to the copy when first used.
        copy._token_provider = self._token_provider
        copy._shared = self._shared
        copy._options_scope = self._options_scope
        copy._options_defaults = options.over(self._options_defaults)
        return copy

    async def _add_extras(self, request: httpx.Request) -> None:
        """Add the per-call headers and query parameters (an httpx request hook)."""
        options = current_options(self._options_scope)
        if options.headers:
            request.headers.update(options.headers)
        if options.query:
            extra = httpx.QueryParams(tuple(_extra_query(request, options.query)))
            request.url = request.url.copy_merge_params(extra)

    async def aclose(self) -> None:
        """Stop the requests in flight and close every connection. Safe to call twice.

        Requests still sending, waiting to retry or waiting for the rate limit raise
        `KatanaClientClosedError`; once this returns, nothing more is sent. Closes the
        connections of every event loop the client was used on that is still running.
        """
        await self._shared.aclose()

    async def __aenter__(self) -> Self:
        self.get_async_httpx_client()
        # Fetch the token once now, so that a missing key or an unreachable secret
        # store fails the application's start-up rather than its first request.
        try:
            await self._token_provider.get_token()
        except BaseException:
            await self.aclose()
            raise
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"


class _Shared:
    """What a client and its `with_options` copies share: settings, connections, closing.

    `settings` is never used to send; each event loop gets its own copy of it, whose
    `httpx.AsyncClient` (and transport, and pool) is made for that loop.
    """

    def __init__(self, settings: AuthenticatedClient) -> None:
        self.settings = settings
        self.closed = False
        self._lock = threading.Lock()  # loops in several threads may open clients at once
        self._clients: dict[asyncio.AbstractEventLoop | None, _LoopClient] = {}

    def for_running_loop(self) -> httpx.AsyncClient:
        """The httpx client of the running loop (of none, outside a loop), made on first use."""
        # Imported here, not at module level: importing asyncio costs ~20 ms (see _clock).
        import asyncio  # noqa: PLC0415

        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        entry = self._clients.get(loop)
        if entry is None:
            with self._lock:
                entry = self._clients.get(loop)
                if entry is None and self.closed:  # aclose() ran since the caller checked
                    raise KatanaClientClosedError(
                        "This KatanaClient is closed; create a new KatanaClient to make "
                        "more requests."
                    )
                if entry is None:
                    # Loops that have ended: their connections died with them.
                    for old in [
                        key for key in self._clients if key is not None and key.is_closed()
                    ]:
                        del self._clients[old]
                    entry = self._clients[loop] = _LoopClient(attrs.evolve(self.settings), loop)
        return entry.http

    async def aclose(self, blocked: asyncio.AbstractEventLoop | None = None) -> None:
        """Close every loop's client; that of loop `blocked` (whose thread waits for this
        to end) is left to that loop's shutdown, which closes it."""
        import asyncio  # noqa: PLC0415 - a client has run: loaded by now

        self.closed = True
        with self._lock:
            entries = list(self._clients.values())
            self._clients.clear()
        try:
            running: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        errors = []
        for entry in entries:
            if blocked is not None and entry.loop is blocked and blocked is not running:
                continue
            try:
                await entry.aclose(running)
            except Exception as exc:  # close the others all the same
                errors.append(exc)
        if errors:
            raise errors[0]


class _LoopClient:
    """One event loop's httpx client, closed when that loop shuts down if not before."""

    def __init__(self, api: AuthenticatedClient, loop: asyncio.AbstractEventLoop | None) -> None:
        self.api = api
        self.loop = loop
        self.http = api.get_async_httpx_client()
        self._closer: AsyncGenerator[None, None] | None = None
        if loop is not None:
            # The loop's async generator hooks now track it: `shutdown_asyncgens()`,
            # which asyncio.run and asyncio.Runner call before closing the loop, runs
            # its `finally` there, and the connections close on the loop they belong to.
            self._closer = _close_at_shutdown(api)
            with contextlib.suppress(StopIteration):
                self._closer.asend(None).send(None)

    async def aclose(self, running: asyncio.AbstractEventLoop | None) -> None:
        import asyncio  # noqa: PLC0415 - a client has run: loaded by now

        loop = self.loop
        if loop is None or loop is running:
            await self._close()
        elif loop.is_running():  # used from another thread: closed there
            await asyncio.wrap_future(asyncio.run_coroutine_threadsafe(self._close(), loop))
        # else the loop has ended (its shutdown closed the client) or is paused: its
        # connections can only be closed from it, and are dropped with it.

    async def _close(self) -> None:
        # Through the closer, so that the loop's shutdown has nothing left to close.
        await (self.api.aclose() if self._closer is None else self._closer.aclose())


async def _close_at_shutdown(api: AuthenticatedClient) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await api.aclose()


class _ThroughClient(httpx.AsyncBaseTransport):
    """Sends through a user's `httpx.AsyncClient` (`KatanaClient(http_client=...)`)."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # `auth=None`: the request is authorized already, by the KatanaClient.
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        """Leave the user's client open: its owner closes it."""


def _resolve_token_provider(
    api_key: str | None, token_provider: TokenProvider | None
) -> TokenProvider:
    if token_provider is not None:
        if api_key is not None:
            raise KatanaConfigError("Pass api_key or token_provider, not both.")
        return token_provider
    key = _resolve_api_key(api_key)
    # The environment is read again per TTL and after a 401, so a process that updates
    # its own environment rotates the key; it was checked above so start-up fails early.
    return StaticTokenProvider(key) if api_key is not None else EnvTokenProvider(API_KEY_ENV)


def _resolve_api_key(api_key: str | None) -> Secret:
    raw = api_key if api_key is not None else os.environ.get(API_KEY_ENV, "")
    # Keys pasted from a file or a secret store often carry a trailing newline.
    key = raw.strip()
    if not key:
        raise KatanaConfigError(
            f"No Katana API key: set the {API_KEY_ENV} environment variable or pass "
            "KatanaClient(api_key=...), or pass token_provider= (e.g. "
            "katana_client.auth.default_token_provider() also looks in .env, a secret "
            "file and the OS keyring). Keys are created in Katana under Settings > API."
        )
    # A header value with spaces or control characters would be rejected by the HTTP
    # layer with an error that quotes the header, key included. Fail early and quietly.
    if not all("!" <= ch <= "~" for ch in key):
        raise KatanaConfigError(
            "The Katana API key contains whitespace or non-ASCII characters; "
            f"check the value of {API_KEY_ENV} or the api_key argument."
        )
    return Secret(key)


def _resolve_base_url(base_url: str | None) -> str:
    if base_url is not None:
        raw, source = base_url.strip(), "base_url"
    elif os.environ.get(BASE_URL_ENV, "").strip():
        raw, source = os.environ[BASE_URL_ENV].strip(), BASE_URL_ENV
    else:
        return DEFAULT_BASE_URL

    # The URL is quoted only once it is known to hold no credentials, query or fragment
    # (a proxy's `?token=...` or `#key=...`): an unparsable one is not quoted at all.
    try:
        url = httpx.URL(raw)
    except httpx.InvalidURL:
        raise KatanaConfigError(
            f"{source} is not a valid URL (check its host and port); it is not shown, since "
            f"it may hold credentials. Katana's is {DEFAULT_BASE_URL!r}."
        ) from None
    if url.userinfo:
        raise KatanaConfigError(
            f"{source} must not contain credentials; pass the key as api_key instead."
        )
    if url.query or url.fragment:
        bare = url.copy_with(query=None, fragment=None)
        raise KatanaConfigError(
            f"{source} {str(bare)!r} must not have a query string or fragment (not shown: "
            "they may hold a key); pass the key as api_key instead."
        )
    if url.scheme not in {"http", "https"} or not url.host:
        raise KatanaConfigError(
            f"{source} {str(url)!r} must be an absolute http(s) URL, such as {DEFAULT_BASE_URL!r}."
        )
    if url.scheme == "http" and url.host not in _LOOPBACK_HOSTS:
        raise KatanaConfigError(
            f"{source} {str(url)!r} must use https: plain http would send the API key "
            "unencrypted (http is accepted only for localhost and 127.0.0.1)."
        )
    return str(url).rstrip("/")


def _checked_observers(observers: Iterable[Observer]) -> tuple[Observer, ...]:
    if not observers:
        return ()
    # Imported by those who pass observers: `KatanaClient()` alone stays as cheap.
    from .observability import checked_observers  # noqa: PLC0415

    return checked_observers(observers)
