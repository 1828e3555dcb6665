"""`DotenvTokenProvider`: the key from a `.env` file, without touching `os.environ`."""

from __future__ import annotations

import asyncio
import os
import re
from pathlib import Path

from ..._errors import KatanaTokenNotFoundError, KatanaTokenProviderError
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._env import DEFAULT_ENV_VAR
from ._files import Signature, read_text, signature
from ._validate import to_token

_LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*?)\s*$")


def find_variable(text: str, name: str) -> str | None:
    """The value `name` is given in dotenv `text` (last assignment wins), or None.

    Understands the common subset: `NAME=value`, `export NAME=value`, single- or
    double-quoted values, `#` comments on their own line or after an unquoted value.
    No variable expansion: a key is a literal.
    """
    found: str | None = None
    for line in text.splitlines():
        match = _LINE.match(line)
        if match is None or match.group(1) != name:
            continue
        value = match.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        else:
            value = re.split(r"\s+#", value, maxsplit=1)[0]
        found = value
    return found


class DotenvTokenProvider(CachingTokenProvider):
    """Read the key from a dotenv file (`.env` in the working directory by default).

    The file is parsed, never loaded into `os.environ`, so the key does not leak into
    child processes. Like `SecretFileTokenProvider` it is re-read when it changes.

    Args:
        path: The dotenv file.
        variable: The variable holding the key.
        ttl: Seconds between checks for a change.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = ".env",
        *,
        variable: str = DEFAULT_ENV_VAR,
        ttl: float = 1.0,
    ) -> None:
        """Read `variable` from the dotenv file at `path`."""
        super().__init__(ttl=ttl)
        self.path = Path(path)
        self.variable = variable
        self._seen: tuple[Signature, Secret] | None = None

    @property
    def source(self) -> str:
        """E.g. "KATANA_API_KEY in .env file /srv/app/.env"."""
        return f"{self.variable} in .env file {self.path.absolute()}"

    def invalidate(self) -> None:
        """Drop the cached key and read the file again on the next request."""
        self._seen = None
        super().invalidate()

    async def fetch(self) -> Secret:
        """Return the key, parsing the file only if it changed since the last read."""
        return await asyncio.to_thread(self._fetch_sync)

    def _fetch_sync(self) -> Secret:
        seen = self._seen
        hint = f"Add a line {self.variable}=<your key> to {self.path}."
        try:
            if seen is not None and signature(os.stat(self.path)) == seen[0]:
                return seen[1]
            st, text = read_text(self.path)
        except FileNotFoundError:
            raise KatanaTokenNotFoundError(
                source=self.source, reason="the file does not exist", hint=hint
            ) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise KatanaTokenProviderError(
                f"Cannot read {self.source}: {type(exc).__name__}", source=self.source
            ) from None
        value = find_variable(text, self.variable)
        if value is None:
            raise KatanaTokenNotFoundError(
                source=self.source, reason="the variable is not in the file", hint=hint
            )
        token = to_token(value, source=self.source, hint=hint)
        self._seen = (signature(st), token)
        return token
