"""`StaticTokenProvider`: a key given in code (from your own configuration system)."""

from __future__ import annotations

from .._secret import Secret
from ._validate import to_token


class StaticTokenProvider:
    """Always the same key, held as a `Secret`.

    For keys your application already loaded from its own configuration. Never write a
    key into source code: use one of the other providers to read it from where your
    deployment keeps secrets.

    Raises:
        KatanaTokenNotFoundError: `key` is empty.
        KatanaTokenProviderError: `key` contains whitespace or non-ASCII characters.
    """

    source = "the api_key argument"

    def __init__(self, key: str | Secret) -> None:
        """Hold `key` (surrounding whitespace stripped)."""
        raw = key.reveal() if isinstance(key, Secret) else key
        self._token = to_token(raw, source=self.source, hint="Pass a non-empty key.")

    async def get_token(self) -> Secret:
        """Return the key."""
        return self._token

    def invalidate(self) -> None:
        """Do nothing: there is no other key to fetch."""

    def __repr__(self) -> str:
        return "StaticTokenProvider()"
