"""Specification of `KeyringTokenProvider` (with keyrings.alt's file keyring) and the chain."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyrings.alt.file import PlaintextKeyring
from servers.keyrings import file_keyring
from servers.leakcheck import leak_scan, make_secret

from katana_client.auth import (
    ChainTokenProvider,
    EnvTokenProvider,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
    KeyringTokenProvider,
    SecretFileTokenProvider,
    StaticTokenProvider,
    default_token_provider,
)

pytestmark = pytest.mark.usefixtures(leak_scan.__name__, file_keyring.__name__)


class FailingKeyring(keyring.backend.KeyringBackend):
    # Subclasses register themselves with keyring; a low priority keeps it from ever
    # being chosen as a default.
    priority = 0.001

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError


# --- KeyringTokenProvider -----------------------------------------------------------


async def test_keyring_provider_reads_the_default_entry(file_keyring: PlaintextKeyring) -> None:
    key = make_secret()
    keyring.set_password("katana-client", "api_key", key)
    assert (await KeyringTokenProvider().get_token()).reveal() == key


async def test_keyring_provider_reads_a_named_entry_from_a_given_backend(
    file_keyring: PlaintextKeyring,
) -> None:
    key = make_secret()
    file_keyring.set_password("acme-erp", "katana", key)
    provider = KeyringTokenProvider("acme-erp", "katana", backend=file_keyring)
    assert (await provider.get_token()).reveal() == key


async def test_keyring_entry_updated_is_used_after_invalidate(
    file_keyring: PlaintextKeyring,
) -> None:
    keyring.set_password("katana-client", "api_key", make_secret("old"))
    provider = KeyringTokenProvider()
    await provider.get_token()
    new = make_secret("new")
    keyring.set_password("katana-client", "api_key", new)
    provider.invalidate()
    assert (await provider.get_token()).reveal() == new


async def test_missing_keyring_entry_is_not_found_with_the_command_to_fix_it(
    file_keyring: PlaintextKeyring,
) -> None:
    with pytest.raises(KatanaTokenNotFoundError, match="keyring set katana-client api_key"):
        await KeyringTokenProvider().get_token()


async def test_failing_keyring_is_a_provider_error() -> None:
    provider = KeyringTokenProvider(backend=FailingKeyring())  # type: ignore[no-untyped-call]
    with pytest.raises(KatanaTokenProviderError, match="KeyringLocked") as caught:
        await provider.get_token()
    assert not isinstance(caught.value, KatanaTokenNotFoundError)


# --- ChainTokenProvider -------------------------------------------------------------


async def test_chain_uses_the_first_provider_that_has_a_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = make_secret()
    path = tmp_path / "k"
    path.write_text(key)
    path.chmod(0o600)
    chain = ChainTokenProvider([EnvTokenProvider(), SecretFileTokenProvider(path)])
    assert (await chain.get_token()).reveal() == key
    assert chain.source == f"secret file {path}"


async def test_chain_raises_a_broken_source_instead_of_skipping_it(tmp_path: Path) -> None:
    chain = ChainTokenProvider(
        [SecretFileTokenProvider(tmp_path), StaticTokenProvider(make_secret())]
    )
    with pytest.raises(KatanaTokenProviderError, match="Cannot read"):
        await chain.get_token()


async def test_chain_walks_again_after_invalidate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "k"
    path.write_text(make_secret("file"))
    path.chmod(0o600)
    chain = ChainTokenProvider([EnvTokenProvider(), SecretFileTokenProvider(path)])
    await chain.get_token()
    env_key = make_secret("env")
    monkeypatch.setenv("KATANA_API_KEY", env_key)
    chain.invalidate()
    assert (await chain.get_token()).reveal() == env_key


async def test_default_order_is_explicit_env_dotenv_file_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_keyring: PlaintextKeyring
) -> None:
    monkeypatch.chdir(tmp_path)
    secret_file = tmp_path / "secret"
    monkeypatch.setenv("KATANA_API_KEY_FILE", str(secret_file))
    keys = {name: make_secret(name) for name in ("arg", "env", "dotenv", "file", "keyring")}

    keyring.set_password("katana-client", "api_key", keys["keyring"])
    assert (await default_token_provider().get_token()).reveal() == keys["keyring"]
    secret_file.write_text(keys["file"])
    secret_file.chmod(0o600)
    assert (await default_token_provider().get_token()).reveal() == keys["file"]
    (tmp_path / ".env").write_text(f"KATANA_API_KEY={keys['dotenv']}\n")
    assert (await default_token_provider().get_token()).reveal() == keys["dotenv"]
    monkeypatch.setenv("KATANA_API_KEY", keys["env"])
    assert (await default_token_provider().get_token()).reveal() == keys["env"]
    assert (await default_token_provider(keys["arg"]).get_token()).reveal() == keys["arg"]
    assert "KATANA_API_KEY" in os.environ  # set by the test, not by the .env step


async def test_chain_error_names_every_place_it_looked_and_how_to_fix_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, file_keyring: PlaintextKeyring
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KATANA_API_KEY_FILE", str(tmp_path / "secret"))
    with pytest.raises(KatanaTokenNotFoundError) as caught:
        await default_token_provider().get_token()
    message = str(caught.value)
    expected_in_order = [
        "1. environment variable KATANA_API_KEY: not set. Set KATANA_API_KEY=",
        f"2. KATANA_API_KEY in .env file {tmp_path / '.env'}: the file does not exist.",
        f"3. secret file {tmp_path / 'secret'}: the file does not exist. Mount the secret",
        "4. keyring entry katana-client/api_key: no entry. Store it with: keyring set",
    ]
    positions = [message.index(fragment) for fragment in expected_in_order]
    assert positions == sorted(positions)
