"""`ChainTokenProvider` and the default order of places to look for the key."""

from __future__ import annotations

import os
from collections.abc import Sequence

from ..._errors import KatanaTokenNotFoundError
from .._log import logger
from .._protocol import TokenProvider, describe
from .._secret import Secret
from ._dotenv import DotenvTokenProvider
from ._env import DEFAULT_ENV_VAR, EnvTokenProvider
from ._keyring import KeyringTokenProvider
from ._secret_file import SecretFileTokenProvider
from ._static import StaticTokenProvider


class ChainTokenProvider:
    """Ask providers in order and use the first that has a key.

    A provider that finds nothing (`KatanaTokenNotFoundError`) is skipped; any other
    error is raised, because a source that is configured but broken (an unreadable
    file, a keyring that fails) should be fixed, not silently passed over for another
    key. The provider that answered is remembered; after a 401 (`invalidate()`) the
    chain is walked again from the start.

    Raises:
        KatanaTokenNotFoundError: No provider had a key. The message lists every place
            the chain looked, with what it found there and how to put a key there.
    """

    def __init__(self, providers: Sequence[TokenProvider]) -> None:
        """Ask `providers` in this order."""
        self.providers = tuple(providers)
        self._active: TokenProvider | None = None

    @property
    def source(self) -> str:
        """The provider that gave the current key, or a summary of the chain."""
        if self._active is not None:
            return describe(self._active)
        return "a chain of " + ", ".join(describe(p) for p in self.providers)

    async def get_token(self) -> Secret:
        """The key from the remembered provider, or from the first provider that has one."""
        active = self._active
        if active is not None:
            return await active.get_token()
        misses: list[KatanaTokenNotFoundError] = []
        for provider in self.providers:
            try:
                token = await provider.get_token()
            except KatanaTokenNotFoundError as miss:
                misses.append(miss)
                continue
            logger.debug("Using the Katana API key from %s", describe(provider))
            self._active = provider
            return token
        raise KatanaTokenNotFoundError(
            source="any configured place",
            reason="looked in, in this order:\n"
            + "\n".join(
                f"  {i}. {m.source}: {m.reason}. {m.hint}" for i, m in enumerate(misses, 1)
            ),
            hint="Put the key in one of these places.",
        )

    def invalidate(self) -> None:
        """Invalidate the provider in use and walk the chain again on the next request."""
        active, self._active = self._active, None
        if active is not None:
            active.invalidate()

    def __repr__(self) -> str:
        return f"ChainTokenProvider({', '.join(describe(p) for p in self.providers)})"


def default_token_provider(
    api_key: str | Secret | None = None,
    *,
    env_var: str = DEFAULT_ENV_VAR,
    dotenv_path: str | os.PathLike[str] = ".env",
    secret_file: str | os.PathLike[str] | None = None,
    keyring_service: str = "katana-client",
    keyring_username: str = "api_key",
) -> ChainTokenProvider:
    """The chain `KatanaClient` users usually want, in this order:

    1. `api_key`, when given;
    2. the environment variable `KATANA_API_KEY`;
    3. `KATANA_API_KEY` in `.env` in the working directory (not loaded into os.environ);
    4. the secret file `$KATANA_API_KEY_FILE`, else `/run/secrets/katana_api_key`;
    5. the OS keyring entry `katana-client`/`api_key` (needs the `[keyring]` extra).

    Each argument changes where one step looks.
    """
    providers: list[TokenProvider] = []
    if api_key is not None:
        providers.append(StaticTokenProvider(api_key))
    providers += [
        EnvTokenProvider(env_var),
        DotenvTokenProvider(dotenv_path, variable=env_var),
        SecretFileTokenProvider(secret_file),
        KeyringTokenProvider(keyring_service, keyring_username),
    ]
    return ChainTokenProvider(providers)
