"""`DotenvTokenProvider`: the key from a `.env` file, without touching `os.environ`."""

from __future__ import annotations

import io
import os

from ..._errors import KatanaTokenNotFoundError
from .._read import DEFAULT_MAX_FILE_BYTES
from .._secret import Secret
from ._env import DEFAULT_ENV_VAR
from ._files import WatchedFileTokenProvider
from ._validate import to_token


def find_variable(text: str, name: str) -> str | None:
    """The value `name` is given in dotenv `text` (last assignment wins), or None.

    Parsed by python-dotenv, as most tools read `.env` files: `export`, quotes (with
    escapes inside double quotes), `#` comments after a value, quoted or not, and a
    leading byte-order mark. No variable expansion: a key is a literal. A line
    python-dotenv cannot parse is skipped (it logs the line number, never the line).
    """
    from dotenv import dotenv_values  # noqa: PLC0415 - only where a .env file is read

    values = dotenv_values(stream=io.StringIO(text.removeprefix("\ufeff")), interpolate=False)
    return values.get(name)


class DotenvTokenProvider(WatchedFileTokenProvider):
    """Read the key from a dotenv file (`.env` in the working directory by default).

    The file is parsed, never loaded into `os.environ`, so the key does not leak into
    child processes. Like `SecretFileTokenProvider` it is re-read when it changes.

    Only a regular file is read: a FIFO, a device or a directory is a
    `KatanaTokenProviderError` (raised at once, never blocking), and so is a file larger
    than `max_bytes`.

    Args:
        path: The dotenv file.
        variable: The variable holding the key.
        ttl: Seconds between checks for a change.
        max_bytes: The largest file read, 64 KiB by default; at most this many bytes
            (plus one, to notice a larger file) are ever read.
    """

    def __init__(
        self,
        path: str | os.PathLike[str] = ".env",
        *,
        variable: str = DEFAULT_ENV_VAR,
        ttl: float = 1.0,
        max_bytes: int = DEFAULT_MAX_FILE_BYTES,
    ) -> None:
        """Read `variable` from the dotenv file at `path`."""
        super().__init__(path, ttl=ttl, max_bytes=max_bytes)
        self.variable = variable

    @property
    def source(self) -> str:
        """E.g. "KATANA_API_KEY in .env file /srv/app/.env"."""
        return f"{self.variable} in .env file {self.path.absolute()}"

    @property
    def missing_hint(self) -> str:
        """Where to put the key."""
        return f"Add a line {self.variable}=<your key> to {self.path}."

    def token_from(self, st: os.stat_result, text: str) -> Secret:
        """The value of the variable in the file's text."""
        value = find_variable(text, self.variable)
        if value is None:
            raise KatanaTokenNotFoundError(
                source=self.source,
                reason="the variable is not in the file",
                hint=self.missing_hint,
            )
        return to_token(value, source=self.source, hint=self.missing_hint)
