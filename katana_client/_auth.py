"""Credentials: a wrapper that keeps the API key out of logs, and the httpx auth hook.

The auth hook asks for the key on every request instead of copying it into the client's
default headers once. The generated `AuthenticatedClient` does the latter, which is why
rotating its `.token` has no effect; reading the key per request is what lets a later
token provider (secret store, OAuth refresh) swap credentials on a live client.
"""

from __future__ import annotations

from collections.abc import Callable, Generator

import httpx

_MASK = "**********"


class Secret:
    """A string that does not show itself in `repr`, `str`, f-strings or tracebacks.

    Use `reveal()` at the single place that needs the value (the Authorization header).
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        """Wrap `value`; it is only reachable through `reveal()`."""
        self._value = value

    def reveal(self) -> str:
        """Return the wrapped value."""
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{_MASK}')"

    def __str__(self) -> str:
        return _MASK


class BearerAuth(httpx.Auth):
    """Set `Authorization: Bearer <key>` on each request, reading the key every time."""

    def __init__(self, get_key: Callable[[], Secret]) -> None:
        """`get_key` is called once per request and returns the key to send."""
        self._get_key = get_key

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Add the bearer header to `request` and send it once (no challenge round-trip)."""
        request.headers["Authorization"] = f"Bearer {self._get_key().reveal()}"
        yield request
