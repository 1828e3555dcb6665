"""The conventions of Stainless SDKs: `await pager` gives the first page; per-call
`extra_headers=`, `extra_query=`, `timeout=`; `client.with_options(...)`; and
`http_client=` for a configured `httpx.AsyncClient` of one's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from katana_client import KatanaClient, KatanaConfigError, PageOf
from katana_client.generated import AuthenticatedClient
from katana_client.generated.api.products import get_product
from katana_client.generated.models import Product
from katana_client.resilience import RetryPolicy
from katana_client.testing import FakeKatana

PRODUCT = {"id": 1, "name": "Lightsaber", "type": "product"}


def _recording(
    seen: list[httpx.Request], answer: Callable[[httpx.Request], httpx.Response] | None = None
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if answer is not None:
            return answer(request)
        if request.url.path.endswith("/products"):
            return httpx.Response(200, json={"data": [PRODUCT]})
        return httpx.Response(200, json=PRODUCT)

    return httpx.MockTransport(handler)


def _client(seen: list[httpx.Request], **kwargs: object) -> KatanaClient:
    return KatanaClient(api_key="k", transport=_recording(seen), **kwargs)  # type: ignore[arg-type]


# --- await pager: the first page --------------------------------------------------------


async def test_awaiting_a_list_gives_its_first_page_alone() -> None:
    fake = FakeKatana(rate_limit=False)
    fake.state.add_products(7)
    async with fake.client() as client:
        page = await client.products.list(page_size=4)
        later = await client.products.list(page_size=4, start_page=3)

    assert isinstance(page, PageOf)
    assert page.number == 1
    assert [p.id for p in page] == [1, 2, 3, 4]
    assert len(page) == 4
    assert all(isinstance(p, Product) for p in page.items)
    assert page.info is not None
    assert page.info.total_pages == 3
    assert (later.number, [p.id for p in later]) == (3, [9, 10])
    assert [dict(r.query)["page"] for r in fake.operation_requests("getAllProducts")] == ["1", "3"]


async def test_awaiting_an_empty_list_gives_an_empty_page() -> None:
    async with FakeKatana(rate_limit=False).client() as client:
        page = await client.products.list(name="no such product")

    assert (page.number, page.items) == (1, [])


async def test_awaiting_a_list_that_asks_for_no_page_is_refused() -> None:
    async with FakeKatana(rate_limit=False).client() as client:
        with pytest.raises(ValueError, match="max_pages=0"):
            await client.products.list(max_pages=0)


# --- per-call options -------------------------------------------------------------------


async def test_a_call_takes_extra_headers_extra_query_and_timeout() -> None:
    seen: list[httpx.Request] = []
    async with _client(seen) as client:
        await client.products.get(
            1, extra_headers={"X-Trace": "a"}, extra_query={"v": 2}, timeout=3
        )
        await client.products.get(1)

    first, second = seen
    assert first.headers["X-Trace"] == "a"
    assert first.url.params["v"] == "2"
    assert first.extensions["timeout"] == httpx.Timeout(3).as_dict()
    assert first.headers["Authorization"] == "Bearer k"
    assert "X-Trace" not in second.headers
    assert "v" not in second.url.params
    assert second.extensions["timeout"]["read"] == 30.0


async def test_a_list_call_applies_its_options_to_every_page() -> None:
    seen: list[httpx.Request] = []

    def pages(request: httpx.Request) -> httpx.Response:
        page = int(request.url.params["page"])
        return httpx.Response(200, json={"data": [{**PRODUCT, "id": page}] if page < 3 else []})

    client = KatanaClient(api_key="k", transport=_recording(seen, pages))
    async with client:
        ids = [p.id async for p in client.products.list(page_size=1, extra_headers={"X-Job": "j"})]

    assert ids == [1, 2]
    assert [r.headers.get("X-Job") for r in seen] == ["j", "j", "j"]


async def test_raw_actions_take_the_same_options() -> None:
    seen: list[httpx.Request] = []
    async with _client(seen) as client:
        response = await client.products.with_raw_response.get(1, extra_headers={"X-A": "1"})

    assert response.status_code == 200
    assert seen[0].headers["X-A"] == "1"


async def test_authorization_cannot_be_replaced_per_call() -> None:
    seen: list[httpx.Request] = []
    async with _client(seen) as client:
        with pytest.raises(KatanaConfigError, match="Authorization"):
            await client.products.get(1, extra_headers={"authorization": "Bearer other"})
        with pytest.raises(KatanaConfigError):
            client.with_options(extra_headers={"Authorization": "x"})

    assert seen == []


async def test_a_misspelled_filter_or_option_is_refused_not_dropped() -> None:
    # Dropped, `is_selable=True` would list every product instead of the sellable ones.
    seen: list[httpx.Request] = []
    async with _client(seen) as client:
        with pytest.raises(TypeError, match=r"'is_selable'.*misspelled filter"):
            await client.products.list(is_selable=True)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'timeuot'"):
            await client.products.get(1, timeuot=5)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'retires'"):
            await client.products.with_raw_response.get(1, retires=3)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'timout'"):
            client.with_options(timout=5)  # type: ignore[call-arg]
        with pytest.raises(TypeError, match="'timout'"), client.options(timout=5):  # type: ignore[call-arg]
            pass
    assert seen == []


# --- with_options ----------------------------------------------------------------------


async def test_with_options_gives_a_configured_copy_sharing_the_pool() -> None:
    seen: list[httpx.Request] = []
    async with _client(seen) as client:
        tagged = client.with_options(timeout=7, extra_headers={"X-Team": "ops"})
        both = tagged.with_options(extra_query={"q": "1"})
        await tagged.products.get(1)
        await both.products.get(1)
        await get_product.asyncio(client=tagged, id=1)  # endpoint functions too
        await client.products.get(1)
        shared = tagged.get_async_httpx_client() is client.get_async_httpx_client()

    assert shared
    assert [(r.headers.get("X-Team"), r.url.params.get("q")) for r in seen] == [
        ("ops", None),
        ("ops", "1"),
        ("ops", None),
        (None, None),
    ]
    assert [r.extensions["timeout"]["read"] for r in seen] == [7, 7, 7, 30]


async def test_the_call_wins_over_a_block_which_wins_over_the_copy() -> None:
    seen: list[httpx.Request] = []
    async with _client(seen) as client:
        copy = client.with_options(timeout=7)
        with copy.options(timeout=8):
            await copy.products.get(1)
            await copy.products.get(1, timeout=9)
        await copy.products.get(1)

    assert [r.extensions["timeout"]["read"] for r in seen] == [8, 9, 7]


async def test_settings_reach_the_requests_of_their_client_only() -> None:
    # A copy's settings and a block's reach the endpoint functions and the resources of
    # that client; the generated AuthenticatedClient, in the same task, sends without.
    seen: list[httpx.Request] = []
    plain_seen: list[httpx.Request] = []
    plain = AuthenticatedClient(
        base_url="https://api.katanamrp.com/v1",
        token="t",
        httpx_args={"transport": _recording(plain_seen)},
    )
    async with _client(seen) as client, plain:
        copy = client.with_options(extra_headers={"X-Team": "ops"})
        with copy.options(extra_query={"q": "1"}):  # the block is the client's too
            await get_product.asyncio(copy, 1)
            await get_product.asyncio(plain, 1)
            await copy.products.get(1, extra_headers={"X-Call": "c"})
            await client.products.get(1)

    assert [
        (r.headers.get("X-Team"), r.headers.get("X-Call"), r.url.params.get("q")) for r in seen
    ] == [
        ("ops", None, "1"),
        ("ops", "c", "1"),
        (None, None, "1"),
    ]
    assert "X-Team" not in plain_seen[0].headers
    assert "q" not in plain_seen[0].url.params


async def test_with_options_sets_retries() -> None:
    seen: list[httpx.Request] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=PRODUCT)])
    async with KatanaClient(
        api_key="k", transport=_recording(seen, lambda r: next(answers))
    ) as client:
        patient = client.with_options(retry=RetryPolicy(attempts=2, initial=0, jitter=0))
        product = await patient.products.get(1)

    assert product.id == 1
    assert len(seen) == 2


async def test_a_number_of_retries_keeps_the_rest_of_the_clients_policy() -> None:
    seen: list[httpx.Request] = []
    ok = httpx.Response(200, json=PRODUCT)
    answers = iter([httpx.Response(501), httpx.Response(501), ok, httpx.Response(501), ok])
    # 501 is retried only by the client's own statuses, not by the default policy's.
    policy = RetryPolicy(attempts=1, initial=0, jitter=0, statuses=frozenset({501}))
    async with KatanaClient(
        api_key="k", transport=_recording(seen, lambda r: next(answers)), retry=policy
    ) as client:
        with client.options(retry=3):
            first = await client.products.get(1)
        second = await client.with_options(retry=2).products.get(1)

    assert (first.id, second.id) == (1, 1)
    assert len(seen) == 5


async def test_closing_a_copy_closes_the_client() -> None:
    seen: list[httpx.Request] = []
    client = _client(seen)
    copy = client.with_options(timeout=1)

    await copy.aclose()

    assert client.is_closed
    assert copy.is_closed


# --- http_client= ------------------------------------------------------------------------


async def test_http_client_sends_with_auth_retries_and_its_own_hooks() -> None:
    seen: list[httpx.Request] = []
    hooked: list[str] = []
    answers = iter([httpx.Response(503), httpx.Response(200, json=PRODUCT)])

    async def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    own = httpx.AsyncClient(
        transport=_recording(seen, lambda r: next(answers)),
        auth=("user", "password"),  # not used: the token provider authorizes
        headers={"X-Own": "1"},
        event_hooks={"request": [hook]},
    )
    async with own:
        async with KatanaClient(
            api_key="k", http_client=own, retry=RetryPolicy(attempts=2, initial=0, jitter=0)
        ) as client:
            product = await client.products.get(1)
        still_open = not own.is_closed

    assert product.id == 1
    assert [r.headers["Authorization"] for r in seen] == ["Bearer k", "Bearer k"]
    assert hooked == ["/v1/products/1", "/v1/products/1"]
    assert "X-Own" not in seen[0].headers
    assert still_open  # the caller's client: closed by the caller


def test_http_client_and_transport_are_exclusive() -> None:
    with pytest.raises(KatanaConfigError, match="not both"):
        KatanaClient(
            api_key="k",
            http_client=httpx.AsyncClient(),
            transport=httpx.MockTransport(lambda r: httpx.Response(200)),
        )


@pytest.mark.parametrize("option", ["extra_headers", "extra_query", "timeout", "retry"])
async def test_a_raw_list_call_says_where_per_call_options_go(option: str) -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={"data": []})

    transport = httpx.MockTransport(answer)
    async with KatanaClient(
        api_key="k", base_url="https://katana.test/v1", transport=transport
    ) as c:
        raw_list: Any = c.products.with_raw_response.list
        with pytest.raises(TypeError, match=f"not {option}; pass them through client.with_options"):
            await raw_list(**{option: {"X-A": "1"} if option.startswith("extra") else 5})
        # The way it names works.
        copy = c.with_options(extra_headers={"X-A": "1"})
        await copy.products.with_raw_response.list()
    assert [request.headers.get("X-A") for request in sent] == ["1"]
