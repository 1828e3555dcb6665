"""A minimal async client for the generated endpoints (generated; do not edit).

Most code should use `katana_client.KatanaClient`, which adds per-request auth (key
rotation), resilience and configuration checks. `AuthenticatedClient` is the plain
alternative: it copies `token` into its headers once, when its `httpx.AsyncClient` is
first built, so changing `token` afterwards has no effect.

There is no synchronous client on purpose: a sync path would bypass the handwritten
client's auth and resilience.
"""

from __future__ import annotations

import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, field

# openapi-python-client's default is no timeout at all; one stalled connection would
# then hang a request handler forever.
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)


def _timeout(value: httpx.Timeout | float | None) -> httpx.Timeout:
    # None would disable httpx's timeouts; it means "the default" here.
    if value is None:
        return DEFAULT_TIMEOUT
    return value if isinstance(value, httpx.Timeout) else httpx.Timeout(value)


@define(kw_only=True)
class AuthenticatedClient:
    """Holds a bearer token and one lazily built, pooled `httpx.AsyncClient`.

    Use it as an async context manager, or call `aclose()`, so that connections are
    released. One instance per application (and per event loop) is the intended use.

    Attributes:
        base_url: API root, e.g. "https://api.katanamrp.com/v1".
        token: The API key or OAuth access token.
        prefix: Authorization scheme written before the token.
        auth_header_name: Header that carries the token.
        timeout: Request timeout; `None` means the default (30 s, 10 s to connect).
        headers: Extra headers sent with every request.
        verify_ssl: Passed to httpx as `verify`.
        follow_redirects: Passed to httpx.
        httpx_args: Further keyword arguments for `httpx.AsyncClient`.
    """

    base_url: str
    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"
    timeout: httpx.Timeout = field(default=DEFAULT_TIMEOUT, converter=_timeout)
    headers: dict[str, str] = field(factory=dict)
    verify_ssl: str | bool | ssl.SSLContext = True
    follow_redirects: bool = False
    httpx_args: dict[str, Any] = field(factory=dict)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False, repr=False)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> None:
        """Use `async_client` for all requests (its own settings then apply)."""
        self._async_client = async_client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """Return the `httpx.AsyncClient`, building it on first use."""
        if self._async_client is None:
            headers = dict(self.headers)
            headers[self.auth_header_name] = (
                f"{self.prefix} {self.token}" if self.prefix else self.token
            )
            self._async_client = httpx.AsyncClient(
                base_url=self.base_url,
                headers=headers,
                timeout=self.timeout,
                verify=self.verify_ssl,
                follow_redirects=self.follow_redirects,
                **self.httpx_args,
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
