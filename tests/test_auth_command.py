"""Specification of `CommandTokenProvider`, run against real subprocesses."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from servers.leakcheck import leak_scan, make_secret, render_exception

from katana_client import KatanaConfigError
from katana_client.auth import (
    CommandTokenProvider,
    KatanaTokenProviderError,
)

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)

PY = sys.executable


def script(tmp_path: Path, body: str) -> list[str]:
    """A command that runs `body` as a Python script (a stand-in for `op` or `pass`)."""
    path = tmp_path / "fake_password_manager.py"
    path.write_text(body)
    return [PY, str(path)]


async def test_first_line_of_stdout_is_the_key(tmp_path: Path) -> None:
    key = make_secret()
    # `pass show` prints the password first, then other fields.
    argv = script(tmp_path, f"print({key!r}); print('url: https://factory.example')")
    assert (await CommandTokenProvider(argv).get_token()).reveal() == key


async def test_command_string_is_split_without_a_shell(tmp_path: Path) -> None:
    key = make_secret()
    argv = script(tmp_path, f"import sys; print({key!r} if sys.argv[1] == '$HOME' else 'x')")
    command = f"{argv[0]} {argv[1]} '$HOME'"
    assert (await CommandTokenProvider(command).get_token()).reveal() == key


async def test_command_runs_again_after_invalidate(tmp_path: Path) -> None:
    key_file = tmp_path / "current"
    key_file.write_text(make_secret("old"))
    argv = script(tmp_path, f"print(open({str(key_file)!r}).read())")
    provider = CommandTokenProvider(argv)
    await provider.get_token()
    new = make_secret("new")
    key_file.write_text(new)
    provider.invalidate()
    assert (await provider.get_token()).reveal() == new


async def test_nonzero_exit_reports_status_and_stderr_but_not_stdout(tmp_path: Path) -> None:
    key = make_secret()
    argv = script(
        tmp_path,
        "import sys\n"
        f"print({key!r})\n"
        f"sys.stderr.write('[ERROR] vault locked; rejected value ' + {key!r} + '\\n')\n"
        "sys.exit(3)\n",
    )
    with pytest.raises(KatanaTokenProviderError) as caught:
        await CommandTokenProvider(argv).get_token()
    message = str(caught.value)
    assert "exited with status 3" in message
    assert "vault locked" in message
    assert "[redacted]" in message
    assert key not in render_exception(caught.value)


@pytest.mark.slow
async def test_timeout_kills_the_command_and_says_so(tmp_path: Path) -> None:
    argv = script(tmp_path, "import time; time.sleep(30)")
    with pytest.raises(KatanaTokenProviderError, match=r"timed out after 0\.3 s"):
        await CommandTokenProvider(argv, timeout=0.3).get_token()


async def test_missing_executable_is_reported(tmp_path: Path) -> None:
    with pytest.raises(KatanaTokenProviderError, match="could not start"):
        await CommandTokenProvider([str(tmp_path / "no-such-op")]).get_token()


async def test_command_killed_by_a_signal_is_reported(tmp_path: Path) -> None:
    argv = script(tmp_path, "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    with pytest.raises(KatanaTokenProviderError, match="killed by signal 9"):
        await CommandTokenProvider(argv).get_token()


async def test_empty_output_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(KatanaTokenProviderError, match="printed nothing"):
        await CommandTokenProvider(script(tmp_path, "print()")).get_token()


async def test_command_gets_no_stdin(tmp_path: Path) -> None:
    # A password manager that prompts must fail fast instead of hanging the request.
    argv = script(tmp_path, "import sys; print(sys.stdin.read() or 'eof-reached')")
    provider = CommandTokenProvider(argv, timeout=5)
    assert (await provider.get_token()).reveal() == "eof-reached"


async def test_env_argument_replaces_the_environment(tmp_path: Path) -> None:
    key = make_secret()
    argv = script(tmp_path, "import os; print(os.environ['OP_ITEM'])")
    provider = CommandTokenProvider(argv, env={"OP_ITEM": key})
    assert (await provider.get_token()).reveal() == key


def test_empty_command_is_a_config_error() -> None:
    with pytest.raises(KatanaConfigError):
        CommandTokenProvider([])


def test_source_names_the_command() -> None:
    provider = CommandTokenProvider("pass show katana/api-key")
    assert provider.source == "command `pass show katana/api-key`"
