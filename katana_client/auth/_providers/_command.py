"""`CommandTokenProvider`: the key printed by a command (`op read`, `pass show`, ...)."""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import selectors
import shlex
import signal
import subprocess
import time
from collections.abc import Mapping, Sequence
from typing import Final

from ..._errors import KatanaConfigError, KatanaTokenProviderError
from .._secret import Secret
from ._caching import CachingTokenProvider
from ._validate import MAX_TOKEN_LENGTH, to_token

DEFAULT_MAX_OUTPUT: Final = 64 * 1024
_STDERR_LIMIT: Final = 500
_CHUNK: Final = 64 * 1024
# After SIGKILL a process ends at once; this only bounds the wait for one that cannot be
# killed (a setuid program), which is then left to the OS instead of hanging the caller.
_REAP_GRACE: Final = 5.0


class _Stop(Exception):
    """The command must be stopped: it ran out of time or printed too much."""


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

    Bounds: the command runs in a process group (session) of its own, and `timeout`
    covers everything up to its exit and the end of its output, including processes it
    started that keep its output open. It may print at most `max_output` bytes on each
    of standard output and standard error. Past either limit the group is killed
    (SIGKILL), the command reaped, and `KatanaTokenProviderError` is raised; a process
    it moved out of the group (`setsid`, a daemon) is beyond reach, and the error says
    it may still run. A successful command's background processes that closed its
    output are left alone. POSIX only.

    Args:
        command: The argument vector, or a string to split with `shlex`.
        timeout: Seconds the command (and what it starts) may take, 10 by default.
        env: The command's environment; defaults to this process's.
        ttl: Seconds to keep the key before running the command again.
        max_output: Bytes the command may print on standard output, and on standard
            error, 64 KiB by default; reading stops there.
    """

    def __init__(
        self,
        command: Sequence[str] | str,
        *,
        timeout: float = 10.0,
        env: Mapping[str, str] | None = None,
        ttl: float | None = 300.0,
        max_output: int = DEFAULT_MAX_OUTPUT,
    ) -> None:
        """Run `command` to obtain the key."""
        super().__init__(ttl=ttl)
        argv = shlex.split(command) if isinstance(command, str) else list(command)
        if not argv:
            raise KatanaConfigError("CommandTokenProvider needs a non-empty command.")
        if not timeout > 0:
            raise KatanaConfigError(f"timeout must be > 0 seconds, not {timeout!r}.")
        if max_output < 1:
            raise KatanaConfigError(f"max_output must be at least 1 byte, not {max_output!r}.")
        self.argv = argv
        self.timeout = timeout
        self.max_output = max_output
        self._env = dict(env) if env is not None else None

    @property
    def source(self) -> str:
        """E.g. "command `pass show katana/api-key`"."""
        return f"command `{shlex.join(self.argv)}`"

    async def fetch(self) -> Secret:
        """Run the command now (in a worker thread, which the timeout bounds)."""
        returncode, stdout, stderr = await asyncio.to_thread(self._run)
        out = stdout.decode("utf-8", errors="replace")
        if returncode != 0:
            status = (
                f"was killed by signal {-returncode}"
                if returncode < 0
                else f"exited with status {returncode}"
            )
            raise self._error(status + _describe_stderr(stderr, out))
        first_line = out.lstrip().split("\n", 1)[0]
        if not first_line.strip():
            raise self._error("succeeded but printed nothing on standard output")
        return to_token(first_line, source=self.source, hint="")

    def _run(self) -> tuple[int, bytes, bytes]:
        deadline = time.monotonic() + self.timeout
        try:
            proc = subprocess.Popen(
                self.argv,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=self._env,
                # Its own process group, so that killing it reaches its children too.
                start_new_session=True,
            )
        except OSError as exc:
            raise self._error(f"could not start: {exc.strerror or type(exc).__name__}") from None
        try:
            try:
                stdout, stderr = self._collect(proc, deadline)
                proc.wait(max(0.0, deadline - time.monotonic()))
                return proc.returncode, stdout, stderr
            except subprocess.TimeoutExpired:
                reason = f"timed out after {self.timeout:g} s"
            except _Stop as stop:
                reason = str(stop)
            except BaseException:
                _kill_group(proc)
                raise
            _kill_group(proc)
        finally:
            for pipe in (proc.stdout, proc.stderr):
                if pipe is not None:
                    pipe.close()
        if proc.returncode is None:  # SIGKILL refused (a setuid program): left to the OS
            raise self._error(reason + "; it could not be killed and may still run")
        if proc.returncode >= 0 and reason.startswith("timed out"):
            reason += " (the command had exited, but a process it started kept its output open)"
        # A process it moved to a session of its own (setsid) left the group: out of reach.
        raise self._error(
            reason + "; its process group was killed (a process it started in a session "
            "of its own, with setsid, may still run)"
        )

    def _collect(self, proc: subprocess.Popen[bytes], deadline: float) -> tuple[bytes, bytes]:
        """Read standard output and error until both end, the deadline or the cap."""
        assert proc.stdout is not None  # noqa: S101 (narrowing: Popen was given PIPE)
        assert proc.stderr is not None  # noqa: S101 (narrowing: Popen was given PIPE)
        names = {proc.stdout: "standard output", proc.stderr: "standard error"}
        buffers = {pipe: bytearray() for pipe in names}
        with selectors.DefaultSelector() as selector:
            for pipe in names:
                selector.register(pipe, selectors.EVENT_READ, pipe)
            while selector.get_map():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise _Stop(f"timed out after {self.timeout:g} s")
                for key, _ in selector.select(remaining):
                    pipe = key.data
                    buffer = buffers[pipe]
                    chunk = os.read(key.fd, min(_CHUNK, self.max_output + 1 - len(buffer)))
                    if not chunk:
                        selector.unregister(pipe)
                        continue
                    buffer += chunk
                    if len(buffer) > self.max_output:
                        raise _Stop(
                            f"printed more than {self.max_output} bytes on {names[pipe]} "
                            "(max_output; a key is one line)"
                        )
        return bytes(buffers[proc.stdout]), bytes(buffers[proc.stderr])

    def _error(self, what: str) -> KatanaTokenProviderError:
        return KatanaTokenProviderError(f"The {self.source} {what}.", source=self.source)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGKILL the command's process group and reap the command."""
    # ProcessLookupError: all gone already; PermissionError: a setuid program.
    with contextlib.suppress(OSError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(_REAP_GRACE)


def _describe_stderr(stderr: bytes, stdout: str) -> str:
    # Only the end is shown. Lines of standard output are masked first (a command that
    # printed the key and then failed may repeat it in its error) with NULs of the same
    # length, so that cutting to the end can never leave a key's tail unmasked.
    text = stderr.decode("utf-8", errors="replace")[-(_STDERR_LIMIT + MAX_TOKEN_LENGTH) :]
    for line in {line.strip() for line in stdout.splitlines()}:
        if line:
            text = text.replace(line, "\0" * len(line))
    cut = "..." if len(text) > _STDERR_LIMIT else ""
    text = re.sub("\0+", "[redacted]", text[-_STDERR_LIMIT:]).strip()
    if not text:
        return ""
    return f"; its standard error ends with: {cut}{text}"
