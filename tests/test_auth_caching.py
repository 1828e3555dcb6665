"""Specification of `CachingTokenProvider`: TTL, single-flight fetches, no caching of errors."""

from __future__ import annotations

import asyncio
import pickle

import pytest
from servers.leakcheck import leak_scan, make_secret

from katana_client import KatanaConfigError
from katana_client.auth import (
    CachingTokenProvider,
    KatanaTokenProviderError,
    Secret,
    TokenProvider,
)

pytestmark = pytest.mark.usefixtures(leak_scan.__name__)


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class CountingSource(CachingTokenProvider):
    """Returns the current `value` after `delay`, counting fetches; can be told to fail."""

    source = "the counting test source"

    def __init__(self, *, ttl: float | None, clock: Clock, delay: float = 0.0) -> None:
        super().__init__(ttl=ttl, clock=clock)
        self.value = make_secret()
        self.fetches = 0
        self.delay = delay
        self.fail = False

    async def fetch(self) -> Secret:
        self.fetches += 1
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise KatanaTokenProviderError("store unreachable", source=self.source)
        return Secret(self.value)


def test_caching_provider_satisfies_the_token_provider_protocol() -> None:
    assert isinstance(CountingSource(ttl=1, clock=Clock()), TokenProvider)


async def test_token_is_fetched_once_while_fresh() -> None:
    source = CountingSource(ttl=60, clock=Clock())
    for _ in range(100):
        await source.get_token()
    assert source.fetches == 1


async def test_token_is_fetched_again_after_ttl() -> None:
    clock = Clock()
    source = CountingSource(ttl=60, clock=clock)
    await source.get_token()
    source.value = make_secret("rotated")
    clock.now += 59
    assert (await source.get_token()).reveal() != source.value
    clock.now += 2
    assert (await source.get_token()).reveal() == source.value
    assert source.fetches == 2


async def test_ttl_none_keeps_the_token_until_invalidated() -> None:
    clock = Clock()
    source = CountingSource(ttl=None, clock=clock)
    await source.get_token()
    clock.now += 10**9
    await source.get_token()
    assert source.fetches == 1
    source.invalidate()
    await source.get_token()
    assert source.fetches == 2


async def test_invalidate_forces_a_fetch() -> None:
    source = CountingSource(ttl=60, clock=Clock())
    await source.get_token()
    source.value = make_secret("rotated")
    source.invalidate()
    assert (await source.get_token()).reveal() == source.value


async def test_concurrent_callers_share_one_fetch() -> None:
    source = CountingSource(ttl=60, clock=Clock(), delay=0.02)
    tokens = await asyncio.gather(*(source.get_token() for _ in range(50)))
    assert source.fetches == 1
    assert len(set(tokens)) == 1


async def test_failed_fetch_reaches_every_waiter_and_is_not_cached() -> None:
    source = CountingSource(ttl=60, clock=Clock(), delay=0.02)
    source.fail = True
    results = await asyncio.gather(*(source.get_token() for _ in range(5)), return_exceptions=True)
    assert all(isinstance(r, KatanaTokenProviderError) for r in results)
    assert source.fetches == 1
    source.fail = False
    await source.get_token()
    assert source.fetches == 2


async def test_invalidate_during_a_fetch_discards_its_possibly_stale_result() -> None:
    source = CountingSource(ttl=60, clock=Clock(), delay=0.05)
    first = asyncio.create_task(source.get_token())
    await asyncio.sleep(0.01)
    source.value = make_secret("rotated")
    source.invalidate()
    assert (await first).reveal() == source.value
    assert source.fetches == 2


async def test_cancelled_caller_does_not_cancel_the_shared_fetch() -> None:
    source = CountingSource(ttl=60, clock=Clock(), delay=0.05)
    impatient = asyncio.create_task(source.get_token())
    patient = asyncio.create_task(source.get_token())
    await asyncio.sleep(0.01)
    impatient.cancel()
    assert (await patient).reveal() == source.value
    assert source.fetches == 1


async def test_fresh_token_path_never_awaits_the_source() -> None:
    # The per-request path: with a fresh token no fetch, no task, no lock.
    source = CountingSource(ttl=60, clock=Clock())
    await source.get_token()
    source.fail = True  # any fetch would now raise
    for _ in range(1000):
        await source.get_token()
    assert source.fetches == 1


def test_negative_ttl_is_a_config_error() -> None:
    with pytest.raises(KatanaConfigError, match="ttl"):
        CountingSource(ttl=-1, clock=Clock())


def test_repr_names_the_source_not_the_token() -> None:
    assert repr(CountingSource(ttl=1, clock=Clock())) == "CountingSource(the counting test source)"


# --- Secret -------------------------------------------------------------------------


def test_secret_hides_its_value_in_repr_str_and_format() -> None:
    value = make_secret()
    secret = Secret(value)
    for shown in (repr(secret), str(secret), f"{secret}", f"{secret!r}", f"{secret}"):
        assert value not in shown
    assert secret.reveal() == value


def test_secrets_compare_by_value() -> None:
    value = make_secret()
    assert Secret(value) == Secret(value)
    assert Secret(value) != Secret(value + "x")
    assert len({Secret(value), Secret(value)}) == 1


def test_secret_refuses_to_be_pickled() -> None:
    with pytest.raises(TypeError, match="pickled"):
        pickle.dumps(Secret(make_secret()))
