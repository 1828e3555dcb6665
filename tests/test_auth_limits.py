"""Specification of the auth layer's bounds: what a secret file, a command, a token
provider or a token endpoint can send, and how each excess ends.

Everything runs against the real thing: FIFOs, /dev/zero, sparse files and folders on
disk, real subprocesses (`yes`, shells that leave children behind), and real HTTP
servers on 127.0.0.1. Every test runs under the DEBUG log scan for secrets, and every
error is rendered as a traceback printer would (causes and contexts included).
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import os
import signal
import sys
import time
import tracemalloc
from collections.abc import Awaitable, Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import httpx
import keyring
import pytest
from servers.keyrings import file_keyring
from servers.leakcheck import MARKER, find_leaks, leak_scan, make_secret, register, render_exception

from katana_client import KatanaClient, KatanaConfigError, KatanaError
from katana_client.auth import (
    CommandTokenProvider,
    DotenvTokenProvider,
    EnvTokenProvider,
    FileTokenStore,
    KatanaOAuthError,
    KatanaReauthorizationRequiredError,
    KatanaTokenProviderError,
    KatanaTokenStoreError,
    KeyringTokenProvider,
    LockingFileTokenStore,
    MemoryTokenStore,
    OAuthApp,
    OAuthTokenProvider,
    OAuthTokens,
    Secret,
    SecretFileTokenProvider,
    SharedCacheTokenProvider,
    StaticTokenProvider,
    TokenStore,
)
from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__, file_keyring.__name__)

CLIENT_ID = "limits-app"
REDIRECT_URI = "https://app.example.com/katana/callback"
KIB = 1024
PY = sys.executable


# --- helpers ------------------------------------------------------------------------


async def failure(awaitable: Awaitable[object]) -> KatanaError:
    """The KatanaError `awaitable` raises; fails the test if it hangs (10 s) or succeeds."""
    try:
        await asyncio.wait_for(awaitable, 10)
    except KatanaError as exc:
        return exc
    raise AssertionError("expected a KatanaError")


def chain(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and every exception reachable from it through __cause__ and __context__."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [e for e in (current.__cause__, current.__context__) if e is not None]


def holds_nothing_of(exc: BaseException, secret: str) -> bool:
    """No rendering of `exc` shows `secret`, and nothing in its chain holds content."""
    if secret in render_exception(exc) or find_leaks([render_exception(exc)]):
        return False
    for linked in chain(exc):
        # UnicodeDecodeError.object and JSONDecodeError.doc hold the whole input.
        if any(hasattr(linked, name) for name in ("object", "doc")):
            return False
        if any(isinstance(arg, bytes | bytearray) for arg in linked.args):
            return False
    return True


def running(pid: int) -> bool:
    """Whether process `pid` exists and is not a zombie (Linux /proc)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (FileNotFoundError, ProcessLookupError):
        return False
    return stat.rsplit(")", 1)[1].split()[0] not in ("Z", "X")


def reaped(pid: int) -> bool:
    """Whether process `pid` is gone, not even a zombie (Linux /proc)."""
    return not Path(f"/proc/{pid}").exists()


async def until_gone(pids: list[int]) -> list[int]:
    """Wait (at most 10 s: SIGKILL is delivered asynchronously) for `pids` to end."""
    for _ in range(200):
        alive = [pid for pid in pids if running(pid)]
        if not alive:
            return []
        await asyncio.sleep(0.05)
    return alive


def pids_in(path: Path) -> list[int]:
    return [int(p) for p in path.read_text().split()]


def script(tmp_path: Path, name: str, body: str) -> list[str]:
    path = tmp_path / name
    path.write_text(body)
    return [PY, str(path)]


# --- secret files: only regular files, at most max_bytes --------------------------


FileReader = Callable[[Path], Awaitable[object]]


async def _secret_file(path: Path) -> object:
    return await SecretFileTokenProvider(path).get_token()


async def _dotenv(path: Path) -> object:
    return await DotenvTokenProvider(path).get_token()


async def _file_store(path: Path) -> object:
    return await FileTokenStore(path).load()


async def _locking_store(path: Path) -> object:
    return await LockingFileTokenStore(path).load()


READERS: dict[str, tuple[FileReader, type[KatanaError]]] = {
    "secret file": (_secret_file, KatanaTokenProviderError),
    ".env file": (_dotenv, KatanaTokenProviderError),
    "FileTokenStore": (_file_store, KatanaTokenStoreError),
    "LockingFileTokenStore": (_locking_store, KatanaTokenStoreError),
}


@pytest.fixture(params=list(READERS))
def reader(request: pytest.FixtureRequest) -> tuple[FileReader, type[KatanaError]]:
    return READERS[request.param]


async def test_a_fifo_without_writer_is_refused_at_once(
    tmp_path: Path, reader: tuple[FileReader, type[KatanaError]]
) -> None:
    read, error = reader
    fifo = tmp_path / "katana_api_key"
    os.mkfifo(fifo, 0o600)
    exc = await failure(read(fifo))
    assert isinstance(exc, error)
    assert "named pipe (FIFO), not a regular file" in str(exc)
    assert str(fifo) in str(exc)


async def test_dev_zero_is_refused_without_reading_it(
    tmp_path: Path, reader: tuple[FileReader, type[KatanaError]]
) -> None:
    # A mounted secret that is a symlink to a device, as a broken volume could make it.
    read, error = reader
    link = tmp_path / "katana_api_key"
    link.symlink_to("/dev/zero")
    exc = await failure(read(link))
    assert isinstance(exc, error)
    assert "character device, not a regular file" in str(exc)


async def test_a_directory_is_refused(
    tmp_path: Path, reader: tuple[FileReader, type[KatanaError]]
) -> None:
    read, error = reader
    folder = tmp_path / "katana_api_key"
    folder.mkdir()
    exc = await failure(read(folder))
    assert isinstance(exc, error)
    assert "directory, not a regular file" in str(exc)


async def test_a_huge_file_is_refused_after_reading_only_the_cap(
    tmp_path: Path, reader: tuple[FileReader, type[KatanaError]]
) -> None:
    read, error = reader
    huge = tmp_path / "katana_api_key"
    with huge.open("wb") as f:  # 400 MiB, sparse: costs no disk
        f.truncate(400 * KIB * KIB)
    huge.chmod(0o600)
    tracemalloc.start()
    try:
        exc = await failure(read(huge))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(exc, error)
    assert f"more than {64 * KIB} bytes (max_bytes)" in str(exc)
    assert peak < 2 * KIB * KIB  # the cap (64 KiB) and some bookkeeping, not 400 MiB


async def test_a_file_of_exactly_max_bytes_is_read_and_one_more_is_refused(
    tmp_path: Path,
) -> None:
    key = make_secret()
    path = tmp_path / "k"
    path.write_text(key + "\n")
    path.chmod(0o600)
    size = len(key) + 1
    assert (await SecretFileTokenProvider(path, max_bytes=size).get_token()).reveal() == key
    exc = await failure(SecretFileTokenProvider(path, max_bytes=size - 1).get_token())
    assert f"more than {size - 1} bytes" in str(exc)
    assert holds_nothing_of(exc, key)


async def test_max_bytes_reads_a_larger_dotenv_file(tmp_path: Path) -> None:
    key = make_secret()
    dotenv = tmp_path / ".env"
    comments = "".join(f"# setting {i:06d} of a generated configuration\n" for i in range(2000))
    dotenv.write_text(comments + f"KATANA_API_KEY={key}\n")
    dotenv.chmod(0o600)
    assert dotenv.stat().st_size > 64 * KIB
    exc = await failure(DotenvTokenProvider(dotenv).get_token())
    assert isinstance(exc, KatanaTokenProviderError)
    assert "raise max_bytes" in str(exc)
    provider = DotenvTokenProvider(dotenv, max_bytes=256 * KIB)
    assert (await provider.get_token()).reveal() == key


@pytest.mark.parametrize("max_bytes", [0, -1])
def test_max_bytes_below_one_is_a_config_error(tmp_path: Path, max_bytes: int) -> None:
    with pytest.raises(KatanaConfigError, match="max_bytes"):
        SecretFileTokenProvider(tmp_path / "k", max_bytes=max_bytes)


async def test_client_start_up_fails_typed_on_a_fifo_secret_file(tmp_path: Path) -> None:
    fifo = tmp_path / "katana_api_key"
    os.mkfifo(fifo, 0o600)
    client = KatanaClient(token_provider=SecretFileTokenProvider(fifo))
    exc = await failure(client.__aenter__())
    assert isinstance(exc, KatanaTokenProviderError)
    assert exc.source == f"secret file {fifo}"


async def test_non_utf8_secret_file_is_a_typed_error_with_no_bytes_attached(
    tmp_path: Path,
) -> None:
    key = make_secret()
    path = tmp_path / "k"
    path.write_bytes(key.encode() + b"\xff\xfe" + key.encode())
    path.chmod(0o600)
    for provider in (SecretFileTokenProvider(path), DotenvTokenProvider(path)):
        exc = await failure(provider.get_token())
        assert isinstance(exc, KatanaTokenProviderError)
        assert "not UTF-8" in str(exc)
        assert exc.__context__ is None
        assert holds_nothing_of(exc, key)


@pytest.mark.parametrize("store_type", [FileTokenStore, LockingFileTokenStore])
async def test_non_utf8_or_non_json_token_file_is_a_typed_error_with_no_bytes_attached(
    tmp_path: Path, store_type: Callable[[Path], TokenStore]
) -> None:
    token = make_secret("at")
    path = tmp_path / "tokens.json"
    for content in (
        b'{"access_token": "' + token.encode() + b'\xff"}',
        b'{"access_token": "' + token.encode() + b'", oops',
        b"[" * 50_000 + token.encode(),  # nested deeper than the parser's recursion
    ):
        path.write_bytes(content)
        exc = await failure(store_type(path).load())
        assert isinstance(exc, KatanaTokenStoreError)
        assert exc.__context__ is None
        assert holds_nothing_of(exc, token)


# --- commands: output capped, the timeout bounds the whole group --------------------


async def test_yes_is_stopped_at_the_output_cap_and_reaped(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    provider = CommandTokenProvider(["sh", "-c", f"echo $$ > {pidfile}; exec yes"], timeout=30)
    tracemalloc.start()
    try:
        exc = await failure(provider.get_token())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(exc, KatanaTokenProviderError)
    assert f"printed more than {64 * KIB} bytes on standard output" in str(exc)
    assert "timed out" not in str(exc)  # stopped by the cap, long before the timeout
    assert peak < 4 * KIB * KIB
    assert await until_gone(pids_in(pidfile)) == []


async def test_a_flood_on_standard_error_is_stopped_at_the_cap(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    argv = ["sh", "-c", f"echo $$ > {pidfile}; exec yes flood-on-stderr >&2"]
    exc = await failure(CommandTokenProvider(argv, timeout=30).get_token())
    assert f"printed more than {64 * KIB} bytes on standard error" in str(exc)
    assert "flood-on-stderr\n" not in str(exc)
    assert await until_gone(pids_in(pidfile)) == []


async def test_a_command_printing_its_secret_forever_shows_none_of_it(tmp_path: Path) -> None:
    key = make_secret()
    argv = script(tmp_path, "flood.py", f"while True: print({key!r})")
    exc = await failure(CommandTokenProvider(argv, timeout=30).get_token())
    assert "standard output" in str(exc)
    assert holds_nothing_of(exc, key)


async def test_max_output_lets_a_verbose_command_through(tmp_path: Path) -> None:
    key = make_secret()
    argv = script(tmp_path, "verbose.py", f"print({key!r}); print('x' * 100_000)")
    exc = await failure(CommandTokenProvider(argv).get_token())
    assert "max_output" in str(exc)
    provider = CommandTokenProvider(argv, max_output=256 * KIB)
    assert (await provider.get_token()).reveal() == key


@pytest.mark.slow
async def test_a_child_left_holding_stdout_is_killed_at_the_timeout(tmp_path: Path) -> None:
    # The shell prints the key and exits, but its background child keeps stdout open.
    pidfile = tmp_path / "pids"
    argv = ["sh", "-c", f"sleep 60 & echo $! > {pidfile}; echo {make_secret()}"]
    exc = await failure(CommandTokenProvider(argv, timeout=3).get_token())
    assert isinstance(exc, KatanaTokenProviderError)
    assert "timed out after 3 s" in str(exc)
    assert "a process it started kept its output open" in str(exc)
    assert await until_gone(pids_in(pidfile)) == []


@pytest.mark.slow
async def test_a_hanging_command_its_child_and_grandchild_are_all_killed(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    # command -> child -> grandchild, each sleeping with stdout open.
    grandchild = f"sleep 60 & echo $! >> {pidfile}; wait"
    child = f"sh -c '{grandchild}' & echo $! >> {pidfile}; wait"
    argv = ["sh", "-c", f"echo $$ >> {pidfile}; {child}"]
    provider = CommandTokenProvider(argv, timeout=3)
    exc = await failure(provider.get_token())
    assert "timed out after 3 s" in str(exc)
    assert "kept its output open" not in str(exc)  # the command itself was still running
    pids = pids_in(pidfile)
    assert len(pids) == 3
    assert await until_gone(pids) == []


@pytest.mark.slow
async def test_a_group_whose_output_is_closed_still_ends_at_the_timeout(tmp_path: Path) -> None:
    # Output closed, process still running: waiting for its exit is bounded too.
    pidfile = tmp_path / "pids"
    argv = ["sh", "-c", f"echo $$ > {pidfile}; exec sleep 60 >/dev/null 2>&1"]
    exc = await failure(CommandTokenProvider(argv, timeout=3).get_token())
    assert "timed out after 3 s" in str(exc)
    assert await until_gone(pids_in(pidfile)) == []


@pytest.mark.slow
async def test_a_timeout_says_a_process_that_left_the_group_may_still_run(
    tmp_path: Path,
) -> None:
    # The command starts a daemon in a session of its own (setsid), out of reach of the
    # group kill: the error must not say it was killed. The command itself is.
    pidfile = tmp_path / "pids"
    key = make_secret()
    body = (
        "import os, subprocess, sys, time\n"
        "daemon = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'],\n"
        "    start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
        f"open({str(pidfile)!r}, 'w').write(f'{{os.getpid()}} {{daemon.pid}}')\n"
        f"print({key!r}, flush=True)\n"
        "time.sleep(60)\n"
    )
    argv = script(tmp_path, "detaches.py", body)
    try:
        exc = await failure(CommandTokenProvider(argv, timeout=3).get_token())
        command, daemon = pids_in(pidfile)
        assert isinstance(exc, KatanaTokenProviderError)
        message = str(exc)
        assert "timed out after 3 s" in message
        assert "its process group was killed" in message
        assert "may still run" in message
        assert "with the processes it started" not in message
        assert holds_nothing_of(exc, key)
        assert reaped(command)  # killed, and not left a zombie
        assert running(daemon)  # what the message warns of
    finally:
        for pid in pids_in(pidfile) if pidfile.exists() else []:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)


@pytest.mark.slow
async def test_a_cancelled_caller_does_not_leave_the_command_running(tmp_path: Path) -> None:
    pidfile = tmp_path / "pids"
    argv = ["sh", "-c", f"echo $$ > {pidfile}; exec sleep 60"]
    task = asyncio.create_task(CommandTokenProvider(argv, timeout=3).get_token())
    for _ in range(200):
        if pidfile.exists() and pidfile.read_text().strip():
            break
        await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await until_gone(pids_in(pidfile)) == []


async def test_a_successful_command_is_reaped(tmp_path: Path) -> None:
    key = make_secret()
    pidfile = tmp_path / "pids"
    argv = ["sh", "-c", f"echo $$ > {pidfile}; echo {key}"]
    assert (await CommandTokenProvider(argv).get_token()).reveal() == key
    assert await until_gone(pids_in(pidfile)) == []


@pytest.mark.parametrize(("setting", "value"), [("timeout", 0), ("max_output", 0)])
def test_command_limits_must_be_positive(setting: str, value: int) -> None:
    with pytest.raises(KatanaConfigError, match=setting):
        CommandTokenProvider(["true"], **{setting: value})  # type: ignore[arg-type]


# --- tokens from any source are checked before they are sent -----------------------


@pytest.fixture
def katana() -> Iterator[FakeKatanaLogin]:
    """A local Katana (login and API) on 127.0.0.1."""
    with FakeKatanaLogin(
        token_prefix=MARKER,
        client_id=CLIENT_ID,
        client_secret=make_secret("client-secret"),
        redirect_uri=REDIRECT_URI,
    ) as server:
        yield server


class ReturnsAnything:
    """A user's own TokenProvider, returning whatever the test gives it."""

    def __init__(self, token: object) -> None:
        self.token = token

    async def get_token(self) -> Any:
        return self.token

    def invalidate(self) -> None:
        pass


def bad_values(secret: str) -> dict[str, str]:
    """Values no header can carry, each holding `secret`."""
    return {
        "CRLF and a header": f"{secret}\r\nX-Injected: 1",
        "LF": f"{secret}\nmore",
        "NUL": f"{secret}\x00",
        "tab": f"{secret}\tx",
        "DEL": f"{secret}\x7f",
        "inner space": f"{secret} {secret}",
        "latin-1": f"{secret}é",
        "not latin-1": f"{secret}ключ",
        "emoji": f"{secret}\U0001f511",
        "empty": "",
        "8193 characters": secret + "x" * (8193 - len(secret)),
    }


@pytest.mark.parametrize("kind", list(bad_values("")))
async def test_a_custom_providers_unsendable_token_is_refused_naming_the_provider(
    katana: FakeKatanaLogin, kind: str
) -> None:
    secret = make_secret()
    value = bad_values(secret)[kind]
    provider = ReturnsAnything(Secret(register(value) if value else value))
    async with KatanaClient(token_provider=provider, base_url=f"{katana.url}/v1") as client:
        exc = await failure(client.get_async_httpx_client().get("/products"))
    assert isinstance(exc, KatanaTokenProviderError)
    assert exc.source == "ReturnsAnything"
    assert "cannot be sent to Katana" in str(exc)
    assert exc.__context__ is None
    assert holds_nothing_of(exc, secret)
    assert katana.api_requests == []  # nothing was sent


async def test_a_custom_provider_returning_a_plain_string_is_refused(
    katana: FakeKatanaLogin,
) -> None:
    secret = make_secret()
    async with KatanaClient(
        token_provider=ReturnsAnything(secret), base_url=f"{katana.url}/v1"
    ) as client:
        exc = await failure(client.get_async_httpx_client().get("/products"))
    assert "returned a str, not a Secret" in str(exc)
    assert holds_nothing_of(exc, secret)
    assert katana.api_requests == []


async def test_a_token_of_8192_characters_is_sent(katana: FakeKatanaLogin) -> None:
    token = make_secret()
    token += "x" * (8192 - len(token))
    katana.api_keys = {token}
    async with KatanaClient(
        token_provider=ReturnsAnything(Secret(token)), base_url=f"{katana.url}/v1"
    ) as client:
        response = await client.get_async_httpx_client().get("/products")
    assert response.status_code == 200
    assert katana.api_requests[-1][2] == token


async def test_the_renewed_token_after_a_401_is_checked_too(katana: FakeKatanaLogin) -> None:
    first, second = make_secret("first"), make_secret("second")

    class Rotating(ReturnsAnything):
        def invalidate(self) -> None:
            self.token = Secret(second + "\r\nX-Injected: 1")

    provider = Rotating(Secret(first))
    async with KatanaClient(token_provider=provider, base_url=f"{katana.url}/v1") as client:
        exc = await failure(client.get_async_httpx_client().get("/products"))
    assert "line break" in str(exc)
    assert holds_nothing_of(exc, second)
    assert [token for _, _, token in katana.api_requests] == [first]  # the 401 only


@pytest.mark.parametrize(
    "kind", ["CRLF and a header", "NUL", "DEL", "not latin-1", "8193 characters"]
)
async def test_sources_name_themselves_in_the_error_never_the_value(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    secret = make_secret()
    value = bad_values(secret)[kind]
    key_file = tmp_path / "key"
    key_file.write_text(value)
    key_file.chmod(0o600)
    dotenv = tmp_path / ".env"
    dotenv.write_text(f'KATANA_API_KEY="{value}"\n')
    dotenv.chmod(0o600)
    keyring.set_password("katana-client", "api_key", value)
    providers: list[tuple[Any, str]] = [
        (SecretFileTokenProvider(key_file), f"secret file {key_file}"),
        (KeyringTokenProvider(), "keyring entry katana-client/api_key"),
    ]
    if "\n" not in value:  # a .env line and a command's first line end at a line break
        providers += [
            (DotenvTokenProvider(dotenv), f"KATANA_API_KEY in .env file {dotenv}"),
            (
                CommandTokenProvider(script(tmp_path, "p.py", f"print({value!r}, end='')")),
                f"command `{PY} {tmp_path / 'p.py'}`",
            ),
        ]
    if "\x00" not in value:  # the environment cannot hold a NUL
        monkeypatch.setenv("KATANA_API_KEY", value)
        providers.append((EnvTokenProvider(), "environment variable KATANA_API_KEY"))
    for provider, source in providers:
        exc = await failure(provider.get_token())
        assert isinstance(exc, KatanaTokenProviderError)
        assert exc.source == source
        assert holds_nothing_of(exc, secret)
    with pytest.raises(KatanaTokenProviderError) as caught:
        StaticTokenProvider(value)
    assert holds_nothing_of(caught.value, secret)


async def test_an_unsendable_token_in_a_shared_store_is_refused_naming_the_store(
    katana: FakeKatanaLogin, tmp_path: Path
) -> None:
    secret = make_secret()
    store = LockingFileTokenStore(tmp_path / "katana.tokens")
    await store.save(OAuthTokens(Secret(f"{secret}\r\nX: 1"), None, time.time() + 3600))
    app = OAuthApp(client_id=CLIENT_ID, client_secret=make_secret(), redirect_uri=REDIRECT_URI)
    for provider in (
        OAuthTokenProvider(app, store),
        SharedCacheTokenProvider(StaticTokenProvider(make_secret()), store=store),
    ):
        async with KatanaClient(token_provider=provider, base_url=f"{katana.url}/v1") as client:
            exc = await failure(client.get_async_httpx_client().get("/products"))
        assert isinstance(exc, KatanaTokenProviderError)
        assert repr(store) in str(exc)
        assert holds_nothing_of(exc, secret)
    assert katana.api_requests == []


# --- the OAuth token endpoint: answers are checked and bounded -----------------------


def make_app(katana: FakeKatanaLogin, **kwargs: Any) -> OAuthApp:
    return OAuthApp(
        client_id=CLIENT_ID,
        client_secret=katana.client_secret,
        redirect_uri=REDIRECT_URI,
        authorize_url=f"{katana.url}/authorize",
        token_url=f"{katana.url}/oauth/token",
        **kwargs,
    )


async def exchange(app: OAuthApp, store: TokenStore) -> OAuthTokens:
    request = app.authorization_request()
    async with httpx.AsyncClient() as http:
        callback = httpx.URL((await http.get(request.url)).headers["Location"])
    return await app.exchange_code(
        callback.params["code"],
        state=callback.params["state"],
        expected_state=request.state,
        code_verifier=request.code_verifier,
        store=store,
    )


def answer(
    status: int, body: bytes, headers: dict[str, str] | None = None
) -> Callable[[BaseHTTPRequestHandler], None]:
    """A token endpoint answer written byte for byte."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        for name, value in {"Content-Type": "application/json", **(headers or {})}.items():
            handler.send_header(name, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body)

    return write


def token_body(access_token: str, **fields: Any) -> bytes:
    return json.dumps({"access_token": access_token, "token_type": "Bearer", **fields}).encode()


async def test_token_endpoint_access_token_with_crlf_is_refused_and_not_saved(
    katana: FakeKatanaLogin,
) -> None:
    secret = register(make_secret("at"))
    katana.token_answer = answer(200, token_body(f"{secret}\r\nX-Injected: 1"))
    store = MemoryTokenStore()
    exc = await failure(exchange(make_app(katana), store))
    assert isinstance(exc, KatanaOAuthError)
    assert exc.error == "invalid_token"
    assert "line break" in str(exc)
    assert holds_nothing_of(exc, secret)
    assert await store.load() is None


async def test_a_refresh_answered_with_an_unsendable_token_needs_reauthorization(
    katana: FakeKatanaLogin,
) -> None:
    store = MemoryTokenStore()
    tokens = await exchange(make_app(katana), store)
    assert tokens.expires_at is not None
    secret = register(make_secret("at"))
    katana.token_answer = answer(200, token_body(secret + "é" * 10, refresh_token="r"))
    provider = OAuthTokenProvider(make_app(katana), store, clock=lambda: time.time() + 7200)
    exc = await failure(provider.get_token())
    # The refresh token may have rotated on the server: it is never presented again.
    assert isinstance(exc, KatanaReauthorizationRequiredError)
    assert exc.error == "invalid_token"
    assert holds_nothing_of(exc, secret)


@pytest.mark.slow
async def test_a_huge_token_answer_is_refused_at_the_cap(katana: FakeKatanaLogin) -> None:
    padding = "x" * (200 * KIB)
    katana.token_answer = answer(200, token_body(make_secret("at"), padding=padding))
    exc = await failure(exchange(make_app(katana), MemoryTokenStore()))
    assert isinstance(exc, KatanaOAuthError)
    assert f"more than {64 * KIB} bytes (max_response_bytes)" in str(exc)
    tokens = await exchange(make_app(katana, max_response_bytes=256 * KIB), MemoryTokenStore())
    assert tokens.access_token.reveal().startswith("SEKRIT")


async def test_a_compressed_token_answer_is_refused(katana: FakeKatanaLogin) -> None:
    # A gzip bomb would grow in memory past any cap on what was received.
    bomb = gzip.compress(b"[" * (10 * KIB * KIB))
    katana.token_answer = answer(200, bomb, {"Content-Encoding": "gzip"})
    exc = await failure(exchange(make_app(katana), MemoryTokenStore()))
    assert isinstance(exc, KatanaOAuthError)
    assert "Content-Encoding 'gzip'" in str(exc)


async def _dripping_times_out(
    katana: FakeKatanaLogin, within: float, steps: int, step: Callable[[Any, int], None]
) -> None:
    """A 200 token answer that takes `step` every 0.1 s ends at an app `timeout` of `within`."""

    def drip(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        for number in range(steps):
            try:
                step(handler, number)
            except OSError:
                return
            time.sleep(0.1)

    katana.token_answer = drip
    exc = await failure(exchange(make_app(katana, timeout=within), MemoryTokenStore()))
    assert isinstance(exc, KatanaOAuthError)
    assert exc.error == "timeout"


@pytest.mark.slow
async def test_a_token_answer_dripping_slowly_ends_at_the_timeout(katana: FakeKatanaLogin) -> None:
    def byte(handler: BaseHTTPRequestHandler, number: int) -> None:
        if number == 0:  # the head, then a byte every 0.1 s: each read is quick, the whole not
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", "100000")
            handler.end_headers()
        handler.wfile.write(b" ")
        handler.wfile.flush()

    await _dripping_times_out(katana, 3, 600, byte)


@pytest.mark.slow
async def test_token_answer_headers_dripping_slowly_end_at_the_timeout(
    katana: FakeKatanaLogin,
) -> None:
    # Each header line arrives within the read timeout; the answer as a whole must not
    # outlive `timeout` all the same (a refresh must end within its store's lease).
    def header(handler: BaseHTTPRequestHandler, number: int) -> None:  # one every 0.1 s
        handler.send_header(f"X-Pad-{number}", "x")
        handler.flush_headers()

    await _dripping_times_out(katana, 1, 60, header)


@pytest.mark.parametrize(
    "body",
    [b"[" * 60_000, b'{"e":' * 12_000, b"\xff\xfe not json", b'"a string"'],
)
async def test_malformed_token_answers_are_oauth_errors(
    katana: FakeKatanaLogin, body: bytes
) -> None:
    katana.token_answer = answer(200, body)
    exc = await failure(exchange(make_app(katana), MemoryTokenStore()))
    assert isinstance(exc, KatanaOAuthError)
    assert "no error code" in str(exc)


async def test_a_long_error_description_is_shortened_and_made_printable(
    katana: FakeKatanaLogin,
) -> None:
    description = "bad\r\nX-Log-Injection: 1 " + "y" * (10 * KIB)
    katana.token_answer = answer(
        400, json.dumps({"error": "invalid_request", "error_description": description}).encode()
    )
    exc = await failure(exchange(make_app(katana), MemoryTokenStore()))
    assert isinstance(exc, KatanaOAuthError)
    assert "\n" not in str(exc)
    assert len(str(exc)) < 1000


@pytest.mark.parametrize("expires_in", ["1e999", "NaN", "-Infinity", "-5", "1" + "0" * 400])
async def test_absurd_expires_in_leaves_the_expiry_unknown(
    katana: FakeKatanaLogin, expires_in: str
) -> None:
    access = register(make_secret("at"))
    body = f'{{"access_token": "{access}", "expires_in": {expires_in}}}'.encode()
    katana.token_answer = answer(200, body)
    tokens = await exchange(make_app(katana), MemoryTokenStore())
    assert tokens.access_token.reveal() == access
    assert tokens.expires_at is None


def test_max_response_bytes_below_one_is_a_config_error() -> None:
    with pytest.raises(KatanaConfigError, match="max_response_bytes"):
        OAuthApp(
            client_id=CLIENT_ID,
            client_secret=make_secret(),
            redirect_uri=REDIRECT_URI,
            max_response_bytes=0,
        )
