"""`EnvTokenProvider`: the key from an environment variable."""

from __future__ import annotations

import os

from ..._errors import KatanaTokenNotFoundError
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._validate import to_token

DEFAULT_ENV_VAR = "KATANA_API_KEY"


class EnvTokenProvider(CachingTokenProvider):
    """Read the key from an environment variable (`KATANA_API_KEY` by default).

    The variable is read again after `ttl` seconds and after a 401, so a process that
    updates its own environment (a secrets sidecar, a reload hook) rotates the key
    without a restart. An empty variable counts as unset.
    """

    def __init__(self, variable: str = DEFAULT_ENV_VAR, *, ttl: float | None = 60.0) -> None:
        """Read `variable`, caching its value for `ttl` seconds."""
        super().__init__(ttl=ttl)
        self.variable = variable

    @property
    def source(self) -> str:
        """E.g. "environment variable KATANA_API_KEY"."""
        return f"environment variable {self.variable}"

    async def fetch(self) -> Secret:
        """Read the variable now."""
        hint = f"Set {self.variable}=<your key> (created in Katana under Settings > API)."
        raw = os.environ.get(self.variable)
        if raw is None:
            raise KatanaTokenNotFoundError(source=self.source, reason="not set", hint=hint)
        return to_token(raw, source=self.source, hint=hint)
