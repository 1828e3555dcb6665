"""Specification of the local key sources: explicit value, environment, .env file, secret file.

Each runs against the real thing: a real environment variable, real files on disk that the
tests rewrite, replace through a symlink swap (as Kubernetes does) and chmod.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path
from typing import Any

import pytest
from servers.leakcheck import leak_scan, make_secret

from katana_client.auth import (
    DotenvTokenProvider,
    EnvTokenProvider,
    KatanaInsecureSecretFileWarning,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
    SecretFileTokenProvider,
    StaticTokenProvider,
)
from katana_client.auth._providers import _files
from katana_client.auth._providers._files import read_text

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)


def write_secret(path: Path, text: str, mode: int = 0o600) -> Path:
    path.write_text(text)
    path.chmod(mode)
    return path


# --- StaticTokenProvider ------------------------------------------------------------


async def test_static_provider_returns_the_key_stripped() -> None:
    key = make_secret()
    assert (await StaticTokenProvider(f"  {key}\n").get_token()).reveal() == key


def test_static_provider_rejects_an_empty_key() -> None:
    with pytest.raises(KatanaTokenNotFoundError, match="empty"):
        StaticTokenProvider(" ")


def test_static_provider_rejects_inner_whitespace_without_echoing() -> None:
    key = make_secret()
    with pytest.raises(KatanaTokenProviderError) as caught:
        StaticTokenProvider(f"{key} extra")
    assert key not in str(caught.value)


def test_static_provider_repr_hides_the_key() -> None:
    assert repr(StaticTokenProvider(make_secret())) == "StaticTokenProvider()"


# --- EnvTokenProvider ---------------------------------------------------------------


async def test_env_provider_reads_katana_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_secret()
    monkeypatch.setenv("KATANA_API_KEY", key)
    assert (await EnvTokenProvider().get_token()).reveal() == key


async def test_env_provider_reads_a_named_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    key = make_secret()
    monkeypatch.setenv("MY_KATANA_KEY", key)
    assert (await EnvTokenProvider("MY_KATANA_KEY").get_token()).reveal() == key


async def test_env_provider_picks_up_a_changed_variable_after_invalidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    provider = EnvTokenProvider()
    monkeypatch.setenv("KATANA_API_KEY", make_secret("old"))
    await provider.get_token()
    new = make_secret("new")
    monkeypatch.setenv("KATANA_API_KEY", new)
    provider.invalidate()
    assert (await provider.get_token()).reveal() == new


@pytest.mark.parametrize("value", [None, "", "  \n"])
async def test_env_provider_unset_or_blank_is_not_found_and_says_how_to_fix(
    monkeypatch: pytest.MonkeyPatch, value: str | None
) -> None:
    if value is not None:
        monkeypatch.setenv("KATANA_API_KEY", value)
    with pytest.raises(KatanaTokenNotFoundError, match="Set KATANA_API_KEY="):
        await EnvTokenProvider().get_token()


# --- DotenvTokenProvider ------------------------------------------------------------


async def test_dotenv_provider_reads_the_variable_without_touching_os_environ(
    tmp_path: Path,
) -> None:
    key = make_secret()
    dotenv = write_secret(tmp_path / ".env", f"OTHER=1\nKATANA_API_KEY={key}\n")
    token = await DotenvTokenProvider(dotenv).get_token()
    assert token.reveal() == key
    assert "KATANA_API_KEY" not in os.environ


@pytest.mark.parametrize(
    "line",
    [
        "KATANA_API_KEY={key}",
        "export KATANA_API_KEY={key}",
        'KATANA_API_KEY="{key}"',
        "KATANA_API_KEY='{key}'",
        "KATANA_API_KEY = {key}  # production key",
        "  KATANA_API_KEY={key}\r",
        'KATANA_API_KEY="{key}" # prod',
        "KATANA_API_KEY='{key}'  # staging",
    ],
)
async def test_dotenv_provider_understands_common_syntax(tmp_path: Path, line: str) -> None:
    key = make_secret()
    dotenv = write_secret(tmp_path / ".env", "# comment\n\n" + line.format(key=key) + "\n")
    assert (await DotenvTokenProvider(dotenv).get_token()).reveal() == key


async def test_dotenv_provider_reads_a_file_that_starts_with_a_byte_order_mark(
    tmp_path: Path,
) -> None:
    key = make_secret()
    dotenv = tmp_path / ".env"
    dotenv.write_text(f"KATANA_API_KEY={key}\n", encoding="utf-8-sig")
    dotenv.chmod(0o600)
    assert dotenv.read_bytes().startswith(b"\xef\xbb\xbf")
    assert (await DotenvTokenProvider(dotenv).get_token()).reveal() == key


async def test_dotenv_provider_takes_no_expansion_and_skips_lines_it_cannot_parse(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    key = make_secret()
    dotenv = write_secret(tmp_path / ".env", f'"{key} unparsable\nKATANA_API_KEY=${{HOME}}{key}\n')
    assert (await DotenvTokenProvider(dotenv).get_token()).reveal() == "${HOME}" + key
    assert key not in caplog.text  # python-dotenv reports the line number only


async def test_dotenv_provider_last_assignment_wins(tmp_path: Path) -> None:
    key = make_secret()
    dotenv = write_secret(
        tmp_path / ".env", f"KATANA_API_KEY={make_secret('old')}\nKATANA_API_KEY={key}\n"
    )
    assert (await DotenvTokenProvider(dotenv).get_token()).reveal() == key


async def test_dotenv_provider_rereads_the_file_when_it_changes(tmp_path: Path) -> None:
    dotenv = write_secret(tmp_path / ".env", f"KATANA_API_KEY={make_secret('old')}\n")
    provider = DotenvTokenProvider(dotenv, ttl=0)
    await provider.get_token()
    new = make_secret("new")
    write_secret(tmp_path / ".env", f"KATANA_API_KEY={new}   \n")  # size changes too
    assert (await provider.get_token()).reveal() == new


async def test_dotenv_provider_missing_file_or_variable_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(KatanaTokenNotFoundError, match="does not exist"):
        await DotenvTokenProvider(tmp_path / ".env").get_token()
    write_secret(tmp_path / ".env", "OTHER=1\n")
    with pytest.raises(KatanaTokenNotFoundError, match="not in the file"):
        await DotenvTokenProvider(tmp_path / ".env").get_token()


# --- SecretFileTokenProvider --------------------------------------------------------


async def test_secret_file_provider_reads_the_whole_file_stripped(tmp_path: Path) -> None:
    key = make_secret()
    path = write_secret(tmp_path / "katana_api_key", f"{key}\n")
    assert (await SecretFileTokenProvider(path).get_token()).reveal() == key


async def test_secret_file_path_defaults_to_katana_api_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = make_secret()
    path = write_secret(tmp_path / "k", key)
    monkeypatch.setenv("KATANA_API_KEY_FILE", str(path))
    assert (await SecretFileTokenProvider().get_token()).reveal() == key


def test_secret_file_path_falls_back_to_docker_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("KATANA_API_KEY_FILE", raising=False)
    assert str(SecretFileTokenProvider().path) == "/run/secrets/katana_api_key"


async def test_secret_file_rewritten_in_place_is_read_again(tmp_path: Path) -> None:
    path = write_secret(tmp_path / "k", make_secret("old"))
    provider = SecretFileTokenProvider(path, ttl=0)
    await provider.get_token()
    new = make_secret("new-longer")
    write_secret(path, new)
    assert (await provider.get_token()).reveal() == new


async def test_secret_file_swapped_like_a_kubernetes_secret_is_read_again(tmp_path: Path) -> None:
    # Kubernetes mounts <key> -> ..data/<key>, ..data -> ..<timestamp>; an update writes a
    # new timestamped folder and swaps the ..data symlink atomically.
    old_dir, new_dir = tmp_path / "..v1", tmp_path / "..v2"
    old_dir.mkdir()
    new_dir.mkdir()
    old, new = make_secret("v1"), make_secret("v2")
    write_secret(old_dir / "api_key", old)
    write_secret(new_dir / "api_key", new)
    (tmp_path / "..data").symlink_to(old_dir.name)
    (tmp_path / "api_key").symlink_to("..data/api_key")
    provider = SecretFileTokenProvider(tmp_path / "api_key", ttl=0)
    assert (await provider.get_token()).reveal() == old

    (tmp_path / "..data_tmp").symlink_to(new_dir.name)
    os.replace(tmp_path / "..data_tmp", tmp_path / "..data")
    assert (await provider.get_token()).reveal() == new


async def test_unchanged_secret_file_is_only_stat_ed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[Path] = []

    def counting_read(path: Path, *args: Any) -> tuple[os.stat_result, str]:
        reads.append(path)
        return read_text(path, *args)

    monkeypatch.setattr(_files, "read_text", counting_read)
    path = write_secret(tmp_path / "k", make_secret())
    provider = SecretFileTokenProvider(path, ttl=0)
    for _ in range(5):
        await provider.get_token()
    assert len(reads) == 1


async def test_secret_file_is_read_again_after_invalidate(tmp_path: Path) -> None:
    path = write_secret(tmp_path / "k", make_secret("old"))
    provider = SecretFileTokenProvider(path, ttl=3600)
    await provider.get_token()
    new = make_secret("new")
    write_secret(path, new)
    provider.invalidate()
    assert (await provider.get_token()).reveal() == new


@pytest.mark.slow
async def test_group_readable_secret_file_warns_once(tmp_path: Path) -> None:
    path = write_secret(tmp_path / "k", make_secret(), mode=0o644)
    provider = SecretFileTokenProvider(path, ttl=0)
    with pytest.warns(KatanaInsecureSecretFileWarning, match="chmod 600"):
        await provider.get_token()
    provider.invalidate()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await provider.get_token()


async def test_owner_only_secret_file_does_not_warn(tmp_path: Path) -> None:
    path = write_secret(tmp_path / "k", make_secret(), mode=0o400)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        await SecretFileTokenProvider(path).get_token()


async def test_missing_secret_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(KatanaTokenNotFoundError, match="does not exist"):
        await SecretFileTokenProvider(tmp_path / "nope").get_token()


async def test_empty_secret_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(KatanaTokenNotFoundError, match="empty"):
        await SecretFileTokenProvider(write_secret(tmp_path / "k", "\n")).get_token()


async def test_secret_file_that_is_a_folder_is_a_provider_error(tmp_path: Path) -> None:
    with pytest.raises(KatanaTokenProviderError, match="Cannot read") as caught:
        await SecretFileTokenProvider(tmp_path).get_token()
    assert not isinstance(caught.value, KatanaTokenNotFoundError)
