"""The call's `Exchange`: the operation goes down to the transport, its facts come back.

Each test sends a generated endpoint through a different arrangement of httpx (the
client's own transport, a transport mounted by hand, respx, the auth flow's re-send)
and checks what only the hand-off can explain: a POST the descriptor calls repeat-safe
is retried, a create is not, and the error reports the attempts the transport made.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest
import respx

from katana_client import KatanaClient, KatanaServerError
from katana_client._runtime import _response, _typed
from katana_client.auth import Secret
from katana_client.generated.api.products import get_product
from katana_client.generated.api.sales_orders import create_sales_order, search_sales_orders
from katana_client.generated.models import CreateSalesOrderDto, Product, SearchSalesOrdersDto
from katana_client.resilience import ResilientTransport, RetryPolicy, _transport

BASE = "https://api.katanamrp.com/v1"
FAST = RetryPolicy(attempts=3, initial=0.0, jitter=0)
PRODUCT = {"id": 1, "name": "Kettle"}
ORDER = CreateSalesOrderDto(customer_id=1, order_no="SO-1", sales_order_rows=[])

Handler = Callable[[httpx.Request], httpx.Response]


def script(*statuses: int) -> tuple[Handler, list[httpx.Request]]:
    """A handler answering `statuses` in turn (200 with a product when they run out)."""
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if len(seen) <= len(statuses):
            return httpx.Response(statuses[len(seen) - 1], json={"name": "Error"})
        return httpx.Response(200, json=PRODUCT)

    return answer, seen


class Mounted:
    """A `SupportsAsyncHTTPX` of the user's own: an httpx client with a mounted transport."""

    def __init__(self, transport: httpx.AsyncBaseTransport) -> None:
        self._http = httpx.AsyncClient(base_url=BASE, mounts={"https://": transport})

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._http


@pytest.mark.parametrize(("retry", "attempts"), [(FAST, 3), (False, 1)])
async def test_the_error_reports_the_attempts_the_transport_made(
    retry: RetryPolicy | bool, attempts: int
) -> None:
    handler, seen = script(503, 503, 503)
    async with KatanaClient(
        api_key="k", base_url=BASE, transport=httpx.MockTransport(handler), retry=retry
    ) as client:
        with pytest.raises(KatanaServerError) as caught:
            await get_product.asyncio(client=client, id=1)
    assert len(seen) == attempts
    assert (caught.value.attempts, caught.value.outcome_unknown) == (attempts, False)


async def test_a_create_that_may_have_reached_katana_is_not_repeated_and_says_so() -> None:
    handler, seen = script(500)
    async with KatanaClient(
        api_key="k", base_url=BASE, transport=httpx.MockTransport(handler), retry=FAST
    ) as client:
        with pytest.raises(KatanaServerError) as caught:
            await create_sales_order.asyncio(client=client, body=ORDER)
    assert len(seen) == 1
    assert (caught.value.attempts, caught.value.outcome_unknown) == (1, True)


async def test_a_body_the_transport_decoded_is_not_decoded_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    decoded: list[str] = []

    def counting(layer: str) -> Callable[..., Any]:
        def decode_body(*args: Any, **kwargs: Any) -> Any:
            decoded.append(layer)
            return _typed.decode_body(*args, **kwargs)

        return decode_body

    monkeypatch.setattr(_transport, "decode_body", counting("transport"))
    monkeypatch.setattr(_response, "decode_body", counting("build_response"))
    with respx.mock(base_url=BASE) as katana:
        # respx answers below httpx's transport, so the body streams as from a server.
        katana.get("/products/1").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json=PRODUCT)]
        )
        async with KatanaClient(
            api_key="k", base_url=BASE, retry=FAST, rate_limit=False, trust_env=False
        ) as client:
            product = await get_product.asyncio(client=client, id=1)
    assert isinstance(product, Product)
    assert product.name == "Kettle"
    assert decoded == ["transport"]


async def test_a_mounted_resilient_transport_reads_the_descriptor() -> None:
    # searchSalesOrders is a POST that the spec calls repeat-safe: only its descriptor,
    # handed down through the user's httpx client, lets the transport retry it.
    handler, seen = script(503, 503)
    client = Mounted(ResilientTransport(httpx.MockTransport(handler), retry=FAST))
    response = await search_sales_orders.asyncio_detailed(
        client=client, body=SearchSalesOrdersDto()
    )
    assert response.status_code == 200
    assert len(seen) == 3


@pytest.mark.parametrize(
    ("method", "sends"),
    [("GET", 3), ("PATCH", 3), ("DELETE", 3), ("POST", 1)],
)
async def test_a_request_without_a_descriptor_is_repeat_safe_by_its_method(
    method: str, sends: int
) -> None:
    handler, seen = script(503, 503)
    client = Mounted(ResilientTransport(httpx.MockTransport(handler), retry=FAST))
    await client.get_async_httpx_client().request(method, "/things")
    assert len(seen) == sends


async def test_a_mounted_resilient_transport_reports_its_attempts() -> None:
    handler, seen = script(502, 502, 502)
    client = Mounted(ResilientTransport(httpx.MockTransport(handler), retry=FAST))
    with pytest.raises(KatanaServerError) as caught:
        await get_product.asyncio(client=client, id=1)
    assert len(seen) == caught.value.attempts == 3


async def test_without_a_resilient_transport_a_call_is_sent_once() -> None:
    handler, seen = script(502)
    client = Mounted(httpx.MockTransport(handler))
    with pytest.raises(KatanaServerError) as caught:
        await get_product.asyncio(client=client, id=1)
    assert len(seen) == caught.value.attempts == 1
    assert caught.value.outcome_unknown is False


async def test_a_respx_mocked_client_gets_retries_and_their_facts() -> None:
    with respx.mock(base_url=BASE, assert_all_called=True) as katana:
        search = katana.post("/sales_orders/search").mock(
            side_effect=[httpx.Response(503), httpx.Response(200, json={"data": []})]
        )
        create = katana.post("/sales_orders").mock(return_value=httpx.Response(500))
        async with KatanaClient(
            api_key="k", base_url=BASE, retry=FAST, rate_limit=False, trust_env=False
        ) as client:
            found = await search_sales_orders.asyncio_detailed(
                client=client, body=SearchSalesOrdersDto()
            )
            with pytest.raises(KatanaServerError) as caught:
                await create_sales_order.asyncio(client=client, body=ORDER)
    assert found.status_code == 200
    assert search.call_count == 2
    assert create.call_count == 1
    assert (caught.value.attempts, caught.value.outcome_unknown) == (1, True)


class RenewingProvider:
    """Hands out "old" until invalidated, then "new" (a rotated key)."""

    source = "the test's renewing provider"

    def __init__(self) -> None:
        self.key = Secret("old")

    async def get_token(self) -> Secret:
        return self.key

    def invalidate(self) -> None:
        self.key = Secret("new")


async def test_the_operation_survives_the_auth_flows_resend_and_event_hooks() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        if request.headers["Authorization"] == "Bearer old":
            return httpx.Response(401)
        return httpx.Response(500)

    hooked: list[int] = []

    async def on_response(response: httpx.Response) -> None:
        hooked.append(response.status_code)

    async with KatanaClient(
        token_provider=RenewingProvider(),
        base_url=BASE,
        transport=httpx.MockTransport(answer),
        retry=FAST,
        event_hooks={"response": [on_response]},
    ) as client:
        with pytest.raises(KatanaServerError) as caught:
            await create_sales_order.asyncio(client=client, body=ORDER)
    # The re-sent request is still the create: its 500 is not repeated.
    assert seen == ["Bearer old", "Bearer new"]
    assert hooked == [401, 500]  # httpx shows each answer of the auth flow
    assert (caught.value.attempts, caught.value.outcome_unknown) == (1, True)
