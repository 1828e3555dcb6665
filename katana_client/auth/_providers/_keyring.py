"""`KeyringTokenProvider`: the key from the OS keyring (macOS Keychain, Secret Service...)."""

from __future__ import annotations

import asyncio
import importlib.util
from typing import TYPE_CHECKING

from ..._errors import KatanaTokenNotFoundError, KatanaTokenProviderError
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._validate import to_token

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

DEFAULT_SERVICE = "katana-client"
DEFAULT_USERNAME = "api_key"


class KeyringTokenProvider(CachingTokenProvider):
    """Read the key from the OS keyring through the `keyring` package (extra `[keyring]`).

    Store the key once with `keyring set katana-client api_key`. For developer machines;
    servers usually have no keyring daemon, and then this provider finds nothing.

    Args:
        service: The keyring service name.
        username: The keyring user name.
        backend: A specific `keyring` backend; defaults to keyring's configured one.
        ttl: Seconds to keep the key before asking the keyring again.
    """

    def __init__(
        self,
        service: str = DEFAULT_SERVICE,
        username: str = DEFAULT_USERNAME,
        *,
        backend: KeyringBackend | None = None,
        ttl: float | None = 300.0,
    ) -> None:
        """Read the key stored under `service` and `username`."""
        super().__init__(ttl=ttl)
        self.service = service
        self.username = username
        self._backend = backend

    @property
    def source(self) -> str:
        """E.g. "keyring entry katana-client/api_key"."""
        return f"keyring entry {self.service}/{self.username}"

    async def fetch(self) -> Secret:
        """Ask the keyring now."""
        # Not a KatanaConfigError: in the default chain a missing keyring is just one
        # more place without a key.
        if self._backend is None and importlib.util.find_spec("keyring") is None:
            raise KatanaTokenNotFoundError(
                source=self.source,
                reason="the keyring package is not installed",
                hint="pip install 'katana-client[keyring]'.",
            )
        return await asyncio.to_thread(self._fetch_sync)

    def _fetch_sync(self) -> Secret:
        import keyring.errors  # noqa: PLC0415  (optional dependency, imported on use)

        hint = f"Store it with: keyring set {self.service} {self.username}"
        try:
            backend = self._backend if self._backend is not None else keyring.get_keyring()
            value = backend.get_password(self.service, self.username)
        except keyring.errors.NoKeyringError:
            raise KatanaTokenNotFoundError(
                source=self.source, reason="no keyring backend is available", hint=hint
            ) from None
        except keyring.errors.KeyringError as exc:
            raise KatanaTokenProviderError(
                f"The keyring failed to read {self.source}: {type(exc).__name__}",
                source=self.source,
            ) from None
        if value is None:
            raise KatanaTokenNotFoundError(source=self.source, reason="no entry", hint=hint)
        return to_token(value, source=self.source, hint=hint)
