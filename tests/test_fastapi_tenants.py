"""`TenantClientCache`: bounded, least recently used out, never closing a client in use."""

from __future__ import annotations

import asyncio
from typing import Annotated

import pytest
from fastapi import Depends, FastAPI, Header

from katana_client import KatanaClient, KatanaClientClosedError
from katana_client.fastapi import TenantClientCache, katana_lifespan, tenant_client
from katana_client.generated.api.products import get_all_products
from katana_client.testing import FakeKatana, running_app


class Factory:
    """Makes one fake-backed client per call and remembers them by tenant."""

    def __init__(self) -> None:
        self.fake = FakeKatana(rate_limit=False)
        self.made: dict[str, list[KatanaClient]] = {}

    def __call__(self, tenant: str) -> KatanaClient:
        client = self.fake.client(api_key=f"key-{tenant}")
        self.made.setdefault(tenant, []).append(client)
        return client


async def test_a_tenant_reuses_its_client() -> None:
    factory = Factory()
    cache = TenantClientCache(factory, max_size=2)
    async with cache.lease("a") as first:
        pass
    async with cache.lease("a") as second:
        pass
    assert first is second
    assert len(factory.made["a"]) == 1
    await cache.aclose()


async def test_cache_never_holds_more_than_max_size_clients() -> None:
    factory = Factory()
    cache = TenantClientCache(factory, max_size=3)
    for tenant in "abcdefg":
        async with cache.lease(tenant):
            pass
        assert len(cache) <= 3
    assert cache.tenants() == ["e", "f", "g"]
    assert all(factory.made[t][0].is_closed for t in "abcd")
    assert not any(factory.made[t][0].is_closed for t in "efg")
    await cache.aclose()


async def test_least_recently_used_tenant_is_evicted_first() -> None:
    cache = TenantClientCache(Factory(), max_size=2)
    for tenant in ("a", "b", "a", "c"):
        async with cache.lease(tenant):
            pass
    assert cache.tenants() == ["a", "c"]
    await cache.aclose()


async def test_evicted_client_in_use_is_closed_only_when_its_lease_ends() -> None:
    factory = Factory()
    cache = TenantClientCache(factory, max_size=1)
    async with cache.lease("a") as held:
        async with cache.lease("b"):
            pass
        assert "a" not in cache
        assert not held.is_closed
        assert await get_all_products.asyncio(client=held) is not None
    assert held.is_closed


async def test_concurrent_first_leases_make_one_client() -> None:
    factory = Factory()
    cache = TenantClientCache(factory, max_size=2)

    async def use() -> KatanaClient:
        async with cache.lease("a") as client:
            await asyncio.sleep(0)
            return client

    clients = await asyncio.gather(*(use() for _ in range(5)))
    assert len({id(c) for c in clients}) == 1
    assert len(factory.made["a"]) == 1
    await cache.aclose()


async def test_async_factory_is_awaited() -> None:
    factory = Factory()

    async def make(tenant: str) -> KatanaClient:
        await asyncio.sleep(0)
        return factory(tenant)

    cache = TenantClientCache(make)
    async with cache.lease("a") as client:
        assert client is factory.made["a"][0]
    await cache.aclose()


async def test_invalidate_makes_a_new_client_next_time() -> None:
    factory = Factory()
    cache = TenantClientCache(factory)
    async with cache.lease("a"):
        pass
    await cache.invalidate("a")
    async with cache.lease("a"):
        pass
    assert [c.is_closed for c in factory.made["a"]] == [True, False]
    await cache.aclose()


async def test_a_client_made_while_the_tenant_is_invalidated_is_not_kept() -> None:
    # The key was rotated (or the tenant connected again) while its client was being
    # made from the old one: that client must not be served to this or later leases.
    keys = {"a": "old-key"}
    factory = Factory()
    reading = asyncio.Event()
    go_on = asyncio.Event()

    async def slow_factory(tenant: str) -> KatanaClient:
        key = keys[tenant]
        reading.set()
        await go_on.wait()  # more I/O before the client is made
        client = factory.fake.client(api_key=key)
        factory.made.setdefault(key, []).append(client)
        return client

    cache = TenantClientCache(slow_factory)

    async def lease() -> KatanaClient:
        async with cache.lease("a") as client:
            return client

    first = asyncio.create_task(lease())
    await reading.wait()
    keys["a"] = "new-key"
    await cache.invalidate("a")
    go_on.set()
    served = [await first, await lease()]
    assert served[0] is served[1] is factory.made["new-key"][0]
    assert factory.made["old-key"][0].is_closed
    await cache.aclose()


async def test_closed_cache_closes_every_client_and_refuses_leases() -> None:
    factory = Factory()
    cache = TenantClientCache(factory)
    for tenant in "ab":
        async with cache.lease(tenant):
            pass
    await cache.aclose()
    assert all(c.is_closed for made in factory.made.values() for c in made)
    with pytest.raises(KatanaClientClosedError):
        async with cache.lease("a"):
            pass


def test_max_size_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_size"):
        TenantClientCache(Factory(), max_size=0)


def _tenant_id(x_tenant: Annotated[str, Header()]) -> str:
    return x_tenant


TenantKatana = Annotated[KatanaClient, Depends(tenant_client(_tenant_id))]


async def test_routes_get_the_tenants_client_and_the_cache_closes_at_shutdown() -> None:
    factory = Factory()
    cache = TenantClientCache(factory, max_size=2)
    app = FastAPI(lifespan=katana_lifespan(None, tenants=cache))

    @app.get("/products")
    async def products(katana: TenantKatana) -> int:
        listed = await get_all_products.asyncio(client=katana)
        return len(listed.data or []) if listed else 0

    async with running_app(app) as http:
        for tenant in ("a", "b", "a", "c"):
            response = await http.get("/products", headers={"X-Tenant": tenant})
            assert response.json() == 3
        assert cache.tenants() == ["a", "c"]
    assert cache.is_closed
    assert [r.api_key for r in factory.fake.requests] == ["key-a", "key-b", "key-a", "key-c"]
