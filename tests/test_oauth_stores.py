"""One grant per tenant: the store factories, and the one-time connect states in Redis."""

from __future__ import annotations

import asyncio
import time
import uuid
from pathlib import Path

import pytest
import redis.asyncio
from servers.leakcheck import MARKER, leak_scan, make_secret
from servers.redis_server import all_keys_and_values, redis_url

from katana_client import KatanaConfigError, KatanaTokenStoreError
from katana_client.auth import (
    FileTokenStores,
    LockingFileTokenStore,
    MemoryConnectStates,
    OAuthTokens,
    PendingConnect,
    RedisConnectStates,
    RedisTokenStores,
    Secret,
    TokenCipher,
)
from katana_client.auth._shared._factory import tenant_file_name

__all__ = ["redis_url"]  # a fixture, imported for pytest
pytestmark = pytest.mark.usefixtures(leak_scan.__name__)


def tokens() -> OAuthTokens:
    return OAuthTokens(Secret(make_secret("at")), Secret(make_secret("rt")), time.time() + 60)


def pending(tenant: str = "acme") -> PendingConnect:
    return PendingConnect(tenant, "alice", time.time() + 60, make_secret("verifier"))


@pytest.mark.parametrize(
    ("tenant", "name"),
    [("acme", "acme"), ("a_b-9", "a_b-9"), ("..", "%2E%2E"), ("a/b", "a%2Fb"), ("é", "%C3%A9")],
)
def test_a_tenant_file_name_keeps_plain_ids_and_escapes_the_rest(tenant: str, name: str) -> None:
    assert tenant_file_name(tenant) == name


def test_tenant_file_names_never_collide() -> None:
    # "%" itself is escaped, so an id that looks escaped stays apart from the original.
    assert tenant_file_name("a%2Fb") != tenant_file_name("a/b")


@pytest.mark.parametrize("tenant", ["", "x" * 201])
def test_an_empty_or_huge_tenant_id_is_refused(tmp_path: Path, tenant: str) -> None:
    with pytest.raises(KatanaConfigError):
        FileTokenStores(tmp_path)(tenant)


def test_a_token_folder_that_cannot_be_made_is_a_store_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    with pytest.raises(KatanaTokenStoreError, match="Cannot make the token folder"):
        FileTokenStores(tmp_path / "file" / "grants")("acme")


async def test_file_stores_keep_each_tenants_grant_apart_and_encrypted(tmp_path: Path) -> None:
    stores = FileTokenStores(tmp_path / "grants", key=TokenCipher.generate_key())
    acme, other = stores("acme"), stores("other")
    assert isinstance(acme, LockingFileTokenStore)
    saved = tokens()
    await acme.save(saved)
    assert await stores("acme").load() == saved
    assert await other.load() is None
    assert MARKER.encode() not in (tmp_path / "grants" / "acme.tokens").read_bytes()
    assert (tmp_path / "grants").stat().st_mode & 0o777 == 0o700


async def test_redis_stores_keep_each_tenants_grant_under_its_key(redis_url: str) -> None:
    prefix = f"t-{uuid.uuid4().hex[:8]}"
    stores = RedisTokenStores(redis_url, key=TokenCipher.generate_key(), prefix=prefix)
    try:
        saved = tokens()
        await stores("acme").save(saved)
        assert await stores("acme").load() == saved
        assert await stores("other").load() is None
        assert f"{prefix}:acme" in all_keys_and_values(redis_url)
        assert not [v for v in all_keys_and_values(redis_url) if MARKER in v]
    finally:
        await stores.aclose()


async def test_a_memory_state_is_taken_once() -> None:
    states = MemoryConnectStates()
    await states.put("s", pending(), 60)
    assert (await states.take("s")) is not None
    assert await states.take("s") is None


async def test_a_redis_state_is_taken_once_however_many_callbacks_race(redis_url: str) -> None:
    states = RedisConnectStates(redis_url, key=TokenCipher.generate_key())
    try:
        record = pending()
        await states.put("race", record, 60)
        taken = await asyncio.gather(*(states.take("race") for _ in range(20)))
        assert [t for t in taken if t is not None] == [record]
    finally:
        await states.aclose()


async def test_a_redis_state_holds_neither_the_state_nor_the_verifier_in_clear(
    redis_url: str,
) -> None:
    state = make_secret("state")
    states = RedisConnectStates(redis_url, key=TokenCipher.generate_key(), prefix="scan")
    try:
        await states.put(state, pending(), 60)
        assert not [v for v in all_keys_and_values(redis_url) if MARKER in v]
    finally:
        await states.aclose()


async def test_a_redis_state_lives_only_as_long_as_it_is_kept(redis_url: str) -> None:
    client = redis.asyncio.Redis.from_url(redis_url)
    states = RedisConnectStates(client)
    try:
        await states.put("short", pending(), 60)
        [name] = [k async for k in client.scan_iter("katana:connect:*")]
        assert 0 < await client.pttl(name) <= 60_000
    finally:
        await client.delete(*[k async for k in client.scan_iter("katana:connect:*")])
        await client.aclose()
