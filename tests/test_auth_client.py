"""Specification of `KatanaClient`'s auth: token providers, start-up check, live rotation."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import RecordingTransport
from servers.keyrings import file_keyring
from servers.leakcheck import MARKER, leak_scan, make_secret

from katana_client import KatanaClient, KatanaConfigError
from katana_client.auth import (
    EnvTokenProvider,
    KatanaAuthenticationError,
    KatanaTokenNotFoundError,
    SecretFileTokenProvider,
    StaticTokenProvider,
    default_token_provider,
)
from katana_client.auth._providers import _files
from katana_client.auth._providers._files import read_text
from katana_client.generated.api.products import get_all_products
from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__, file_keyring.__name__)


@pytest.fixture
def api() -> Iterator[FakeKatanaLogin]:
    """A local Katana API that accepts the keys in `api.api_keys`."""
    with FakeKatanaLogin(
        token_prefix=MARKER, client_id="-", client_secret="-", redirect_uri="-"
    ) as server:
        yield server


def write_key(path: Path, key: str) -> None:
    path.write_text(key + "\n")
    path.chmod(0o600)


async def test_token_provider_supplies_the_bearer_token(transport: RecordingTransport) -> None:
    key = make_secret()
    async with KatanaClient(token_provider=StaticTokenProvider(key), transport=transport) as client:
        await get_all_products.asyncio(client=client)
    assert transport.requests[0].headers["Authorization"] == f"Bearer {key}"


def test_api_key_and_token_provider_together_are_a_config_error() -> None:
    with pytest.raises(KatanaConfigError, match="not both"):
        KatanaClient(api_key=make_secret(), token_provider=EnvTokenProvider())


def test_default_provider_is_the_environment_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_API_KEY", make_secret())
    provider = KatanaClient().token_provider
    assert isinstance(provider, EnvTokenProvider)
    assert provider.variable == "KATANA_API_KEY"


async def test_entering_the_client_fails_at_start_up_when_no_key_can_be_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KATANA_API_KEY_FILE", str(tmp_path / "absent"))
    client = KatanaClient(token_provider=default_token_provider())
    with pytest.raises(KatanaTokenNotFoundError, match="looked in"):
        async with client:
            pass
    assert client.is_closed


async def test_rotated_secret_file_takes_effect_without_a_restart(
    api: FakeKatanaLogin, tmp_path: Path
) -> None:
    # Katana's rotation procedure: create a new key, update the store, delete the old key.
    path = tmp_path / "katana_api_key"
    old, new = make_secret("old"), make_secret("new")
    write_key(path, old)
    api.api_keys = {old}
    provider = SecretFileTokenProvider(path, ttl=3600)  # only a 401 makes it look again
    async with KatanaClient(token_provider=provider, base_url=f"{api.url}/v1") as client:
        http = client.get_async_httpx_client()
        assert (await http.get("/products")).status_code == 200
        api.api_keys.add(new)
        write_key(path, new)
        api.api_keys.discard(old)
        assert (await http.get("/products")).status_code == 200
    assert [token for _, _, token in api.api_requests] == [old, old, new]


async def test_concurrent_requests_after_rotation_read_the_new_key_once(
    api: FakeKatanaLogin, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads = 0

    def counting_read(p: Path, *args: Any) -> tuple[os.stat_result, str]:
        nonlocal reads
        reads += 1
        return read_text(p, *args)

    monkeypatch.setattr(_files, "read_text", counting_read)
    path = tmp_path / "katana_api_key"
    old, new = make_secret("old"), make_secret("new")
    write_key(path, old)
    api.api_keys = {old}
    provider = SecretFileTokenProvider(path, ttl=3600)
    async with KatanaClient(token_provider=provider, base_url=f"{api.url}/v1") as client:
        http = client.get_async_httpx_client()
        write_key(path, new)
        api.api_keys = {new}
        responses = await asyncio.gather(*(http.get(f"/products/{i}") for i in range(20)))
    assert [r.status_code for r in responses] == [200] * 20
    assert reads == 2  # start-up, then one re-read shared by all 20 rejected requests


async def test_deleted_key_without_a_replacement_raises_authentication_error(
    api: FakeKatanaLogin, tmp_path: Path
) -> None:
    path = tmp_path / "katana_api_key"
    key = make_secret()
    write_key(path, key)
    api.api_keys = {key}
    async with KatanaClient(
        token_provider=SecretFileTokenProvider(path), base_url=f"{api.url}/v1"
    ) as client:
        api.api_keys = set()  # deleted in Katana, store not updated
        with pytest.raises(KatanaAuthenticationError, match=f"secret file {path}"):
            await get_all_products.asyncio(client=client)
