"""The one place that builds the `httpx.AsyncClient` for the endpoints (generated; do not edit).

`katana_client.KatanaClient` holds an `AuthenticatedClient` and lets it build the httpx
client; it adds per-request auth from a token provider (`auth=`), the resilience
transport and its configuration checks. Used on its own, `AuthenticatedClient` is the
plain alternative: it copies `token` into its headers once, when its `httpx.AsyncClient`
is first built, so changing `token` afterwards has no effect.

There is no synchronous httpx client on purpose: a sync path would bypass the
handwritten client's auth and resilience; `katana_client.SyncKatanaClient` runs this one.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from types import TracebackType
from typing import Any, Final, Self

import httpx
from attrs import define, field

# openapi-python-client's default is no timeout at all; one stalled connection would
# then hang a request handler forever. Connecting should be quick; reads of large list
# pages can take a while. `pool` bounds the wait for a pooled connection and, in
# `KatanaClient`, for a rate-limit slot: at Katana's 60 requests per 60 s a request may
# need most of a window (a walk of 61 pages must not fail on page 61), yet it is bounded.
DEFAULT_TIMEOUT: Final = httpx.Timeout(30.0, connect=10.0, pool=120.0)


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    # `None` means no timeout, as in httpx (and in `KatanaClient`); leave the argument
    # out for `DEFAULT_TIMEOUT`.
    return httpx.Timeout(value)


@define(kw_only=True)
class AuthenticatedClient:
    """Holds the connection settings and one lazily built, pooled `httpx.AsyncClient`.

    Use it as an async context manager, or call `aclose()`, so that connections are
    released. One instance per application (and per event loop) is the intended use.

    Attributes:
        base_url: API root, e.g. "https://api.katanamrp.com/v1".
        token: The API key or OAuth access token, sent in `auth_header_name`.
        auth: An `httpx.Auth` that authorizes each request instead of a fixed `token`
            (`KatanaClient` passes one that asks its token provider). Give one of the two.
        prefix: Authorization scheme written before the token.
        auth_header_name: Header that carries the token.
        timeout: Seconds or an `httpx.Timeout`. Default: 30 s, 10 s to connect and 120 s
            to wait for a pooled connection. `None` disables timeouts, as in httpx.
        headers: Extra headers sent with every request.
        verify_ssl: Passed to httpx as `verify`.
        follow_redirects: Passed to httpx.
        httpx_args: Further keyword arguments for `httpx.AsyncClient` (`transport`,
            `mounts`, `event_hooks`...), or a function returning them, called when the
            client is built so that costly parts (a transport) are made on first use.
    """

    base_url: str
    token: str | None = field(default=None, repr=False)
    auth: httpx.Auth | None = None
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_timeout)
    headers: dict[str, str] = field(factory=dict)
    verify_ssl: str | bool | ssl.SSLContext = True
    follow_redirects: bool = False
    httpx_args: dict[str, Any] | Callable[[], dict[str, Any]] = field(factory=dict)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        if (self.token is None) == (self.auth is None):
            raise TypeError("AuthenticatedClient needs token= or auth=, not both.")

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> None:
        """Use `async_client` for all requests (its own settings then apply)."""
        self._async_client = async_client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the `httpx.AsyncClient`, building it on first use."""
        if self._async_client is None:
            headers = dict(self.headers)
            if self.token is not None:
                headers[self.auth_header_name] = (
                    f"{self.prefix} {self.token}" if self.prefix else self.token
                )
            args = self.httpx_args() if callable(self.httpx_args) else self.httpx_args
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                auth=self.auth,
                headers=headers,
                timeout=self.timeout,
                verify=self.verify_ssl,
                follow_redirects=self.follow_redirects,
                **args,
            )
        return self._async_client

    async def aclose(self) -> None:
        """Close the pooled connections; a later request builds a new client."""
        client, self._async_client = self._async_client, None
        if client is not None:
            await client.aclose()

    async def __aenter__(self) -> Self:
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
