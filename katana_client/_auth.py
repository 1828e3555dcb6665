"""Credentials: re-exports of `katana_client.auth`'s core, and the minimal sync-callable hook.

The auth layer lives in `katana_client.auth` (token providers, the renewing
`TokenAuth`, OAuth). This module keeps the names the client module was first written
against: `Secret`, and `BearerAuth`, the smallest hook that reads a key per request.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

import httpx

from .auth._secret import Secret

__all__ = ["BearerAuth", "Secret"]


class BearerAuth(httpx.Auth):
    """Set `Authorization: Bearer <key>` on each request, reading the key every time.

    No 401 handling and no async provider: `KatanaClient` uses `auth.TokenAuth`.
    """

    def __init__(self, get_key: Callable[[], Secret]) -> None:
        """`get_key` is called once per request and returns the key to send."""
        self._get_key = get_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the bearer header to `request` and send it once (no challenge round-trip)."""
        request.headers["Authorization"] = f"Bearer {self._get_key().reveal()}"
        yield request
