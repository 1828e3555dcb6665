"""The one interface every token source implements."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from ._secret import Secret


@runtime_checkable
class TokenProvider(Protocol):
    """A source of the bearer token sent to Katana.

    `KatanaClient` calls `get_token()` before every request, so it must be cheap when the
    token is cached: no I/O and no lock on that path. After Katana answers 401 the client
    calls `invalidate()` and then `get_token()` once more; a provider that can find a
    newer token (re-read a file, ask a secret store, refresh an OAuth grant) returns it.

    A provider may also have a `source` attribute (a short description such as
    "environment variable KATANA_API_KEY"); error messages use it.
    """

    async def get_token(self) -> Secret:
        """Return the current token, fetching it if the cached one is missing or stale."""
        ...

    def invalidate(self) -> None:
        """Forget the cached token, so that the next `get_token()` fetches it again."""
        ...


def describe(provider: object) -> str:
    """A provider's `source` description, or its class name when it has none."""
    source = getattr(provider, "source", None)
    return source if isinstance(source, str) else type(provider).__name__
