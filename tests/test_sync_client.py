"""`SyncKatanaClient`: the resources without an event loop, over the async core, as a
cron job, a Celery task, a Django view or a notebook would use them."""

from __future__ import annotations

import asyncio
import gc
import inspect
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
import pytest

from katana_client import (
    KatanaClient,
    KatanaClientClosedError,
    KatanaClosedInFlightError,
    KatanaNotFoundError,
    PageOf,
    Response,
    SyncKatanaClient,
    SyncPager,
)
from katana_client.generated.models import (
    CreateProductDto,
    CreateProductVariantDto,
    Product,
    ProductUpdateDto,
)
from katana_client.resilience import RetryPolicy
from katana_client.testing import FakeKatana


@pytest.fixture
def fake() -> FakeKatana:
    fake = FakeKatana(rate_limit=False)
    fake.state.add_products(7)  # 10 with the 3 seeded
    return fake


@pytest.fixture
def client(fake: FakeKatana) -> Iterator[SyncKatanaClient]:
    with SyncKatanaClient.from_async(fake.client()) as client:
        yield client


def _loop_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "katana-client-sync"]


def _pages_sent(fake: FakeKatana) -> list[str]:
    return [dict(r.query).get("page", "") for r in fake.operation_requests("getAllProducts")]


def test_get_returns_the_model(client: SyncKatanaClient) -> None:
    product = client.products.get(1)

    assert isinstance(product, Product)
    assert product.name == "Lightsaber 1"


def test_list_iterates_every_record_page_by_page(
    client: SyncKatanaClient, fake: FakeKatana
) -> None:
    pager = client.products.list(page_size=3)

    assert isinstance(pager, SyncPager)
    assert [p.name for p in pager] == [f"Lightsaber {n}" for n in range(1, 11)]
    assert _pages_sent(fake) == ["1", "2", "3", "4"]


def test_pages_collect_and_first_page(client: SyncKatanaClient, fake: FakeKatana) -> None:
    pages = list(client.products.list(page_size=4).pages())
    first = client.products.list(page_size=4, start_page=2).first_page()
    some = client.products.list(page_size=4).collect(max_items=5)

    assert [(page.number, len(page.items)) for page in pages] == [(1, 4), (2, 4), (3, 2)]
    assert isinstance(first, PageOf)
    assert (first.number, [p.id for p in first]) == (2, [5, 6, 7, 8])
    assert [p.id for p in some] == [1, 2, 3, 4, 5]


def test_leaving_a_walk_early_fetches_no_more_pages(
    client: SyncKatanaClient, fake: FakeKatana
) -> None:
    for product in client.products.list(page_size=3):
        if product.id == 2:
            break

    assert _pages_sent(fake) == ["1"]


def test_create_update_delete_and_typed_errors(client: SyncKatanaClient) -> None:
    created = client.products.create(
        CreateProductDto(name="Holocron", variants=[CreateProductVariantDto(sku="HOLO-1")])
    )
    updated = client.products.update(created.id, ProductUpdateDto(name="Sith holocron"))
    client.products.delete(created.id)

    assert updated.name == "Sith holocron"
    with pytest.raises(KatanaNotFoundError) as caught:
        client.products.get(created.id)
    assert caught.value.status_code == 404


def test_with_raw_response_gives_whole_responses(client: SyncKatanaClient) -> None:
    response = client.products.with_raw_response.get(1)
    page = client.products.with_raw_response.list(page=2, limit=4)

    assert isinstance(response, Response)
    assert response.status_code == 200
    assert isinstance(response.parsed, Product)
    assert page.parsed is not None
    assert [p.id for p in page.parsed.data or []] == [5, 6, 7, 8]
    assert "X-Pagination" in page.headers


def test_several_threads_share_one_client(client: SyncKatanaClient) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        names = list(pool.map(lambda n: client.products.get(n).name, range(1, 11)))

    assert names == [f"Lightsaber {n}" for n in range(1, 11)]
    assert len(_loop_threads()) == 1


def test_works_from_inside_a_running_event_loop(client: SyncKatanaClient) -> None:
    # A notebook cell runs inside the kernel's loop; the call blocks it, as sync code does.
    async def cell() -> str:
        return str(client.products.get(3).name)

    assert asyncio.run(cell()) == "Lightsaber 3"


def test_options_block_applies_to_the_calls_of_this_thread(
    client: SyncKatanaClient, fake: FakeKatana
) -> None:
    with client.options(extra_headers={"X-Job": "nightly"}, extra_query={"trace": "1"}):
        client.products.get(1)
    client.products.get(2)

    first, second = fake.operation_requests("getProduct")
    assert (first.headers.get("x-job"), dict(first.query).get("trace")) == ("nightly", "1")
    assert (second.headers.get("x-job"), dict(second.query).get("trace")) == (None, None)


def test_with_options_copy_and_per_call_options(client: SyncKatanaClient, fake: FakeKatana) -> None:
    tagged = client.with_options(extra_headers={"X-Job": "sync"})

    tagged.products.get(1, extra_query={"q": "1"})
    [p.id for p in tagged.products.list(page_size=5, extra_headers={"X-Page": "yes"})]

    get, *pages = fake.operation_requests("getProduct") + fake.operation_requests("getAllProducts")
    assert (get.headers.get("x-job"), dict(get.query).get("q")) == ("sync", "1")
    assert [(r.headers.get("x-job"), r.headers.get("x-page")) for r in pages] == [
        ("sync", "yes"),
        ("sync", "yes"),
    ]


def test_close_ends_the_thread_and_refuses_later_calls(fake: FakeKatana) -> None:
    client = SyncKatanaClient.from_async(fake.client())
    client.products.get(1)
    assert len(_loop_threads()) == 1

    client.close()
    client.close()  # twice is fine

    assert client.is_closed
    assert _loop_threads() == []
    with pytest.raises(KatanaClientClosedError):
        client.products.get(1)


def test_close_ends_a_call_in_flight_in_another_thread(fake: FakeKatana) -> None:
    fake.faults.add(operation="getProduct", delay=30)  # answers only after close
    client = SyncKatanaClient.from_async(fake.client())
    with ThreadPoolExecutor(max_workers=1) as pool:
        call = pool.submit(client.products.get, 1)
        while not fake.operation_requests("getProduct"):  # in flight: the fake has it
            threading.Event().wait(0.01)
        client.close()

        with pytest.raises(KatanaClosedInFlightError) as caught:
            call.result()
    assert caught.value.operation == "getProduct"
    assert _loop_threads() == []


def test_closing_an_unused_client_closes_the_wrapped_one(fake: FakeKatana) -> None:
    wrapped = fake.client()
    client = SyncKatanaClient.from_async(wrapped)

    client.close()

    assert wrapped.is_closed
    assert _loop_threads() == []  # none was started


def test_close_from_several_threads_at_once(fake: FakeKatana) -> None:
    client = SyncKatanaClient.from_async(fake.client())
    client.products.get(1)

    with ThreadPoolExecutor(max_workers=4) as pool:
        list(pool.map(lambda _: client.close(), range(4)))

    assert client.is_closed
    assert _loop_threads() == []


def test_a_with_block_stops_the_thread_at_its_end() -> None:
    with SyncKatanaClient(
        api_key="k", transport=httpx.MockTransport(lambda r: httpx.Response(200))
    ):
        pass

    assert _loop_threads() == []


def test_a_client_left_open_is_closed_when_collected(fake: FakeKatana) -> None:
    client = SyncKatanaClient.from_async(fake.client())
    client.products.get(1)
    copy = client.with_options(timeout=5)
    del client
    gc.collect()
    assert len(_loop_threads()) == 1  # the copy keeps it alive

    del copy
    gc.collect()

    assert _loop_threads() == []


def test_a_resource_or_pager_keeps_its_client_open_until_it_is_collected(
    fake: FakeKatana,
) -> None:
    products = SyncKatanaClient.from_async(fake.client()).products
    raw = SyncKatanaClient.from_async(fake.client()).products.with_raw_response

    def make_pager() -> SyncPager[Product]:
        client = SyncKatanaClient.from_async(fake.client())
        client.products.get(1)  # its loop runs
        return client.products.list(page_size=3)

    pager = make_pager()
    gc.collect()

    assert products.get(1).id == 1
    assert raw.get(1).status_code == 200
    assert [p.id for p in pager] == list(range(1, 11))
    assert len(_loop_threads()) == 3

    del products, raw, pager
    gc.collect()

    assert _loop_threads() == []


def test_enter_fails_and_closes_when_the_token_cannot_be_read() -> None:
    class Broken:
        async def get_token(self) -> Any:
            raise RuntimeError("secret store down")

        def invalidate(self) -> None:
            pass

    client = SyncKatanaClient(token_provider=Broken(), base_url="https://example.test")

    with pytest.raises(RuntimeError, match="secret store down"), client:
        pass
    assert client.is_closed


def test_a_call_from_its_own_loop_fails_clearly_instead_of_hanging(fake: FakeKatana) -> None:
    holder: list[SyncKatanaClient] = []

    async def hook(request: httpx.Request) -> None:
        if request.url.path.endswith("/products/1"):
            holder[0].products.get(2)

    with SyncKatanaClient(
        api_key="k",
        base_url="http://localhost/v1",
        transport=fake.transport(),
        event_hooks={"request": [hook]},
    ) as client:
        holder.append(client)
        with pytest.raises(RuntimeError, match="its own event loop"):
            client.products.get(1)


def test_retries_are_the_async_cores(fake: FakeKatana) -> None:
    fake.faults.add(operation="getProduct", status=503, times=1)
    async_client = fake.client(retry=RetryPolicy(attempts=2, initial=0, jitter=0))

    with SyncKatanaClient.from_async(async_client) as client:
        response = client.products.with_raw_response.get(1)

    assert response.status_code == 200
    assert len(fake.operation_requests("getProduct")) == 2


def test_constructor_takes_katana_clients_arguments() -> None:
    sync = inspect.signature(SyncKatanaClient.__init__).parameters
    async_ = inspect.signature(KatanaClient.__init__).parameters

    assert [(p.name, p.default) for p in sync.values()] == [
        (p.name, p.default) for p in async_.values()
    ]
