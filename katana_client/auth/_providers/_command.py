"""`CommandTokenProvider`: the key printed by a command (`op read`, `pass show`, ...)."""

from __future__ import annotations

import asyncio
import contextlib
import shlex
from collections.abc import Mapping, Sequence

from ..._errors import KatanaConfigError, KatanaTokenProviderError
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._validate import to_token

_STDERR_LIMIT = 500


class CommandTokenProvider(CachingTokenProvider):
    """Run a command and use the first line of its standard output as the key.

    For password managers with a CLI::

        CommandTokenProvider(["op", "read", "op://Production/Katana/credential"])
        CommandTokenProvider("pass show katana/api-key")

    The command runs without a shell (a string is split like a shell would, but no
    expansion happens) and without standard input. Errors report the timeout, the exit
    status and the end of standard error, never standard output; any line of standard
    output that also appears in standard error is masked. Do not put secrets in the
    command line itself: other users can see it in `ps`.

    Args:
        command: The argument vector, or a string to split with `shlex`.
        timeout: Seconds before the command is killed.
        env: The command's environment; defaults to this process's.
        ttl: Seconds to keep the key before running the command again.
    """

    def __init__(
        self,
        command: Sequence[str] | str,
        *,
        timeout: float = 10.0,
        env: Mapping[str, str] | None = None,
        ttl: float | None = 300.0,
    ) -> None:
        """Run `command` to obtain the key."""
        super().__init__(ttl=ttl)
        argv = shlex.split(command) if isinstance(command, str) else list(command)
        if not argv:
            raise KatanaConfigError("CommandTokenProvider needs a non-empty command.")
        self.argv = argv
        self.timeout = timeout
        self._env = dict(env) if env is not None else None

    @property
    def source(self) -> str:
        """E.g. "command `pass show katana/api-key`"."""
        return f"command `{shlex.join(self.argv)}`"

    async def fetch(self) -> Secret:
        """Run the command now."""
        try:
            proc = await asyncio.create_subprocess_exec(
                *self.argv,
                stdin=asyncio.subprocess.DEVNULL,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                env=self._env,
            )
        except OSError as exc:
            raise self._error(f"could not start: {exc.strerror or type(exc).__name__}") from None
        try:
            stdout, stderr = await asyncio.wait_for(proc.communicate(), self.timeout)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
            raise self._error(f"timed out after {self.timeout:g} s and was killed") from None
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                proc.kill()
            await proc.wait()
            raise
        out = stdout.decode("utf-8", errors="replace")
        if proc.returncode != 0:
            status = (
                f"was killed by signal {-proc.returncode}"
                if proc.returncode is not None and proc.returncode < 0
                else f"exited with status {proc.returncode}"
            )
            raise self._error(status + _describe_stderr(stderr, out)) from None
        first_line = out.lstrip().split("\n", 1)[0]
        if not first_line.strip():
            raise self._error("succeeded but printed nothing on standard output")
        return to_token(first_line, source=self.source, hint="")

    def _error(self, what: str) -> KatanaTokenProviderError:
        return KatanaTokenProviderError(f"The {self.source} {what}.", source=self.source)


def _describe_stderr(stderr: bytes, stdout: str) -> str:
    text = stderr.decode("utf-8", errors="replace")
    # A command that printed the key and then failed may repeat it in its error.
    for line in stdout.splitlines():
        if line.strip():
            text = text.replace(line.strip(), "[redacted]")
    text = text.strip()
    if not text:
        return ""
    if len(text) > _STDERR_LIMIT:
        text = "..." + text[-_STDERR_LIMIT:]
    return f"; its standard error ends with: {text}"
