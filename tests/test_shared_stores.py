"""Specification of the shared token stores, the cipher and the refresh lease, in one process.

Each store test runs against `RedisTokenStore` on a real redis-server (127.0.0.1) and
`LockingFileTokenStore` in a temporary folder. The multi-process behaviour is specified
in test_shared_processes.py and test_shared_cache.py.
"""

from __future__ import annotations

import asyncio
import base64
import json
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import docs_blocks
import pytest
import redis.asyncio
from servers.leakcheck import MARKER, find_leaks, leak_scan, make_secret, register, render_exception
from servers.redis_server import all_keys_and_values, redis_url

from katana_client import KatanaConfigError
from katana_client.auth import (
    FileTokenStore,
    KatanaTokenStoreError,
    LockingFileTokenStore,
    OAuthApp,
    OAuthTokenProvider,
    OAuthTokens,
    RedisTokenStore,
    Secret,
    SharedCacheTokenProvider,
    SharedTokenStore,
    StaticTokenProvider,
    TokenCipher,
)
from katana_client.testing import FakeKatanaLogin

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)
__all__ = ["redis_url"]  # a fixture, imported for pytest

REDIRECT_URI = "https://app.example.com/katana/callback"


def marked_key() -> str:
    """A valid Fernet key that contains the leak scan's marker, registered with it."""
    text = "SEKRIT" + base64.urlsafe_b64encode(secrets.token_bytes(32)).decode()[6:43] + "="
    key = base64.urlsafe_b64encode(base64.urlsafe_b64decode(text)).decode()
    assert key.startswith("SEKRIT")
    return register(key)


def tokens(label: str = "", *, expires_in: float = 3600.0) -> OAuthTokens:
    return OAuthTokens(
        access_token=Secret(make_secret(f"at{label}")),
        refresh_token=Secret(make_secret(f"rt{label}")),
        expires_at=time.time() + expires_in,
    )


@pytest.fixture(params=["redis", "file"])
async def store(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[SharedTokenStore]:
    key = marked_key()
    if request.param == "redis":
        url = request.getfixturevalue("redis_url")
        made = RedisTokenStore(url, tenant=f"t-{uuid.uuid4().hex[:8]}", key=key, lease=1.0)
        yield made
        await made.aclose()
    else:
        yield LockingFileTokenStore(tmp_path / "katana.tokens", key=key, lease=1.0)


def at_rest(store: SharedTokenStore) -> list[str]:
    if isinstance(store, RedisTokenStore):
        url = store._connection._url
        assert url is not None
        return all_keys_and_values(url.reveal())
    assert isinstance(store, LockingFileTokenStore)
    folder = store.path.parent
    return [p.read_bytes().decode(errors="replace") for p in folder.iterdir()]


# --- storing --------------------------------------------------------------------------


async def test_tokens_round_trip_and_are_only_ciphertext_at_rest(store: SharedTokenStore) -> None:
    saved = tokens()
    await store.save(saved)
    assert await store.load() == saved
    texts = at_rest(store)
    assert texts
    assert not find_leaks(texts)


async def test_cleared_store_holds_no_tokens(store: SharedTokenStore) -> None:
    await store.save(tokens())
    await store.clear()
    assert await store.load() is None


async def test_refresh_token_can_be_taken_out_once(store: SharedTokenStore) -> None:
    saved = tokens()
    await store.save(saved)
    assert await store.take_refresh_token(saved)
    assert not await store.take_refresh_token(saved)  # a second taker gets nothing
    assert await store.load() == saved.without_refresh_token()


async def test_refresh_token_is_not_taken_if_the_store_moved_on(store: SharedTokenStore) -> None:
    old, new = tokens("old"), tokens("new")
    await store.save(new)
    assert not await store.take_refresh_token(old)
    assert await store.load() == new


async def test_concurrent_takers_of_one_refresh_token_one_wins(store: SharedTokenStore) -> None:
    saved = tokens()
    await store.save(saved)
    wins = await asyncio.gather(*(store.take_refresh_token(saved) for _ in range(20)))
    assert wins.count(True) == 1


async def test_a_value_from_another_key_is_refused_without_showing_anything(
    tmp_path: Path,
) -> None:
    path = tmp_path / "katana.tokens"
    await LockingFileTokenStore(path, key=marked_key()).save(tokens())
    with pytest.raises(KatanaTokenStoreError, match="cannot be decrypted") as caught:
        await LockingFileTokenStore(path, key=marked_key()).load()
    assert not find_leaks([render_exception(caught.value)])


async def test_an_oversized_stored_value_is_refused_before_it_is_decrypted(
    redis_url: str,
) -> None:
    store = RedisTokenStore(redis_url, tenant=f"t-{uuid.uuid4().hex[:8]}", key=marked_key())
    client = redis.asyncio.Redis.from_url(redis_url)
    try:
        await client.set(store.tokens_key, b"x" * (16 * 1024 * 1024))
        with pytest.raises(KatanaTokenStoreError, match="more than the 131072"):
            await store.load()
    finally:
        await client.aclose()
        await store.aclose()


async def test_values_written_under_the_old_key_read_after_key_rotation(tmp_path: Path) -> None:
    old_key, new_key = marked_key(), marked_key()
    path = tmp_path / "katana.tokens"
    saved = tokens()
    await LockingFileTokenStore(path, key=old_key).save(saved)
    assert await LockingFileTokenStore(path, key=[new_key, old_key]).load() == saved


async def test_a_value_copied_to_another_tenant_is_refused(redis_url: str) -> None:
    key = marked_key()
    acme = RedisTokenStore(redis_url, tenant="acme-copy", key=key)
    other = RedisTokenStore(redis_url, tenant="other-copy", key=key)
    try:
        await acme.save(tokens())
        client = redis.asyncio.Redis.from_url(redis_url)
        await client.set(other.tokens_key, await client.get(acme.tokens_key) or b"")
        await client.aclose()
        with pytest.raises(KatanaTokenStoreError, match="another tenant"):
            await other.load()
    finally:
        await acme.aclose()
        await other.aclose()


async def test_file_store_without_a_key_reads_what_file_token_store_wrote(tmp_path: Path) -> None:
    saved = tokens()
    await FileTokenStore(tmp_path / "katana.json").save(saved)
    assert await LockingFileTokenStore(tmp_path / "katana.json").load() == saved


async def test_unreachable_redis_is_a_store_error_that_does_not_show_the_url() -> None:
    password = make_secret("redis-password")
    url = f"redis://:{password}@127.0.0.1:1/0"
    store = RedisTokenStore(url, tenant="acme", key=marked_key())
    with pytest.raises(KatanaTokenStoreError, match="tenant 'acme'") as caught:
        await store.load()
    assert not find_leaks([render_exception(caught.value), repr(store)])
    await store.aclose()


# --- the refresh lease ----------------------------------------------------------------


async def test_a_held_lease_excludes_others_until_released(store: SharedTokenStore) -> None:
    lease = await store.try_lock()
    assert lease is not None
    assert await store.try_lock() is None
    await lease.release()
    again = await store.try_lock()
    assert again is not None
    await again.release()


@pytest.mark.slow
async def test_a_lease_never_released_lapses_after_its_time(store: SharedTokenStore) -> None:
    held = await store.try_lock()
    assert held is not None
    assert await store.try_lock() is None
    await asyncio.sleep(store.lease + 0.1)
    taken_over = await store.try_lock()
    assert taken_over is not None
    await held.release()  # late: must not free the new holder's lease
    assert await store.try_lock() is None
    await taken_over.release()


# --- providers on a shared store -------------------------------------------------------


@pytest.fixture
def login() -> Iterator[FakeKatanaLogin]:
    with FakeKatanaLogin(
        token_prefix=MARKER,
        client_id="katana-test-app",
        client_secret=make_secret("client-secret"),
        redirect_uri=REDIRECT_URI,
    ) as server:
        yield server


def make_app(login: FakeKatanaLogin, timeout: float = 0.5) -> OAuthApp:
    return OAuthApp(
        client_id=login.client_id,
        client_secret=login.client_secret,
        redirect_uri=REDIRECT_URI,
        token_url=f"{login.url}/oauth/token",
        timeout=timeout,
    )


async def test_providers_sharing_a_store_refresh_an_expired_token_once(
    login: FakeKatanaLogin, store: SharedTokenStore
) -> None:
    # Ten providers stand for ten processes: each has its own memory, only the store
    # is shared. Each asks 10 times at once.
    await store.save(OAuthTokens.from_response(login.issue_tokens(), now=time.time() - 7200))
    providers = [OAuthTokenProvider(make_app(login), store) for _ in range(10)]
    got = await asyncio.gather(*(p.get_token() for p in providers for _ in range(10)))
    assert len(set(got)) == 1
    assert login.refreshes == 1
    assert not login.chain_revoked
    stored = await store.load()
    assert stored is not None
    assert stored.access_token == got[0]
    assert stored.refresh_token is not None  # the rotated one, saved


async def test_a_lease_not_longer_than_the_token_timeout_is_refused(
    login: FakeKatanaLogin, store: SharedTokenStore
) -> None:
    with pytest.raises(KatanaConfigError, match="lease"):
        OAuthTokenProvider(make_app(login, timeout=store.lease), store)


async def test_shared_cache_reads_the_source_once_for_many_providers(
    store: SharedTokenStore,
) -> None:
    reads = 0
    key = make_secret("api-key")

    class SlowSource:
        """A secret store that takes a while and counts its reads."""

        async def get_token(self) -> Secret:
            nonlocal reads
            reads += 1
            await asyncio.sleep(0.05)
            return Secret(key)

        def invalidate(self) -> None:
            pass

    caches = [SharedCacheTokenProvider(SlowSource(), store=store, ttl=60) for _ in range(8)]
    got = await asyncio.gather(*(c.get_token() for c in caches for _ in range(5)))
    assert {g.reveal() for g in got} == {key}
    assert reads == 1


async def test_shared_cache_needs_a_shared_store(tmp_path: Path) -> None:
    with pytest.raises(KatanaConfigError, match="SharedTokenStore"):
        SharedCacheTokenProvider(
            StaticTokenProvider(make_secret()),
            store=FileTokenStore(tmp_path / "t"),  # type: ignore[arg-type]
        )


# --- safety and packaging --------------------------------------------------------------


def test_a_malformed_key_is_a_config_error_that_does_not_show_it() -> None:
    bad = make_secret("not-fernet")
    with pytest.raises(KatanaConfigError, match="not a Fernet key") as caught:
        TokenCipher(bad)
    assert not find_leaks([render_exception(caught.value)])


def test_stores_cipher_and_cache_never_show_keys_or_passwords(tmp_path: Path) -> None:
    key = marked_key()
    url = f"redis://:{make_secret('redis-password')}@127.0.0.1:6379/0"
    objects: list[object] = [
        TokenCipher(key),
        RedisTokenStore(url, tenant="acme", key=key),
        LockingFileTokenStore(tmp_path / "t", key=key),
    ]
    objects.append(
        SharedCacheTokenProvider(
            StaticTokenProvider(make_secret()),
            store=LockingFileTokenStore(tmp_path / "k", key=key),
        )
    )
    assert not find_leaks([text for o in objects for text in (repr(o), str(o))])


@pytest.mark.slow
def test_importing_auth_does_not_import_redis_or_cryptography() -> None:
    code = (
        "import json, sys, katana_client, katana_client.auth\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    loaded = {name.split(".")[0] for name in json.loads(out)}
    assert not loaded & {"redis", "cryptography"}


def test_readme_many_workers_examples_construct_clients(monkeypatch: pytest.MonkeyPatch) -> None:
    # Constructing connects to nothing and creates no file: each line checks names and
    # arguments.
    monkeypatch.setenv("KATANA_CLIENT_SECRET", make_secret("client-secret"))
    monkeypatch.setenv("KATANA_TOKEN_KEY", marked_key())
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/0")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-west-1")
    section = docs_blocks.section("docs/authentication.md", "Many workers, one account")
    examples = docs_blocks.blocks("docs/authentication.md", "Many workers, one account")
    assert len(examples) == 2
    namespace: dict[str, object] = {}
    for example in examples:
        exec(example, namespace)
    assert isinstance(namespace["provider"], SharedCacheTokenProvider)
    assert "SharedCacheTokenProvider" in section


@pytest.mark.parametrize("store_type", [FileTokenStore, LockingFileTokenStore])
async def test_a_token_path_that_cannot_be_read_raises_a_store_error(
    store_type: type[FileTokenStore | LockingFileTokenStore], tmp_path: Path
) -> None:
    path = tmp_path / "tokens"
    path.mkdir()  # exists, but reading it fails (as root too, unlike a chmod)
    unreadable = r"Cannot read the token file .*: it is a directory, not a regular file"
    with pytest.raises(KatanaTokenStoreError, match=unreadable):
        await store_type(path).load()
    assert await store_type(tmp_path / "absent").load() is None
