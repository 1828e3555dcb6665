"""The example service, tested against the fake Katana with its lifespan running."""

from __future__ import annotations

import asyncio
import logging
import socket
import threading
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from fastapi_service.app import create_app
from katana_client import KatanaClient
from katana_client.resilience import LocalRateLimiter
from katana_client.testing import FakeKatana, running_app, serve_fake_katana

#: The service's Katana key in these tests: it must never reach a caller or the log.
KEY = "example-service-key-0f3a9c"
ORDER = {"customer_id": 2, "variant_id": 3, "quantity": "2", "price_per_unit": "19.99"}


@pytest.fixture
def fake() -> FakeKatana:
    """A seeded fake Katana: customers 1-2, products 1-3 with variants 1-3."""
    return FakeKatana()


@pytest.fixture
async def service(fake: FakeKatana) -> AsyncIterator[httpx.AsyncClient]:
    """The service, started with a KatanaClient wired to the fake."""
    async with running_app(create_app(lambda: fake.client(api_key=KEY))) as http:
        yield http


async def test_lists_products_with_their_skus(service: httpx.AsyncClient) -> None:
    response = await service.get("/products")
    assert response.status_code == 200
    assert response.json()[0] == {"id": 1, "name": "Lightsaber 1", "skus": ["LS-0001"]}


async def test_passes_paging_on_to_katana(service: httpx.AsyncClient, fake: FakeKatana) -> None:
    response = await service.get("/products", params={"page": 2, "limit": 2})
    assert [p["id"] for p in response.json()] == [3]
    (call,) = fake.operation_requests("getAllProducts")
    assert dict(call.query) == {"page": "2", "limit": "2"}


async def test_creates_a_sales_order_in_katana(
    service: httpx.AsyncClient, fake: FakeKatana
) -> None:
    response = await service.post(
        "/orders",
        json={"customer_id": 2, "variant_id": 3, "quantity": "2", "price_per_unit": "19.99"},
    )
    assert response.status_code == 201
    order = response.json()
    assert order["status"] == "NOT_SHIPPED"
    assert Decimal(order["total"]) == Decimal("39.98")
    stored = fake.state.get("sales_orders", order["id"])
    assert stored is not None
    assert stored["customer_id"] == 2
    assert [row["variant_id"] for row in stored["sales_order_rows"]] == [3]


async def test_katanas_validation_errors_come_back_as_422(service: httpx.AsyncClient) -> None:
    response = await service.post(
        "/orders", json={"customer_id": 999, "variant_id": 1, "quantity": "1"}
    )
    assert response.status_code == 422
    assert response.json()["detail"][0]["path"] == ".customer_id"


async def test_katana_failing_is_a_502(service: httpx.AsyncClient, fake: FakeKatana) -> None:
    fake.faults.add(status=503, operation="getAllProducts", times=None)
    response = await service.get("/products")
    assert response.status_code == 502


async def test_bad_input_never_reaches_katana(service: httpx.AsyncClient, fake: FakeKatana) -> None:
    response = await service.post(
        "/orders", json={"customer_id": 1, "variant_id": 1, "quantity": 0}
    )
    assert response.status_code == 422
    assert fake.operation_requests("createSalesOrder") == []


# --- Failed Katana calls: what the service's callers get, and what they should do ----------


def _answer(response: httpx.Response, caplog: pytest.LogCaptureFixture) -> dict[str, Any]:
    """The JSON body, after checking that nothing shows the key or a traceback."""
    assert KEY not in response.text
    assert KEY not in caplog.text
    assert all(record.exc_info is None for record in caplog.records)
    body: dict[str, Any] = response.json()
    return body


async def test_a_create_whose_connection_was_lost_is_a_502_saying_it_may_exist(
    service: httpx.AsyncClient, fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.add(operation="createSalesOrder", reset=True)
    response = await service.post("/orders", json=ORDER)
    assert response.status_code == 502
    answer = _answer(response, caplog)
    assert answer["outcome_unknown"] is True
    assert "may still have been applied" in answer["detail"]
    assert "check before retrying" in answer["detail"]


async def test_a_create_answered_with_a_5xx_is_a_502_saying_it_may_exist(
    service: httpx.AsyncClient, fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.add(operation="createSalesOrder", status=500)
    response = await service.post("/orders", json=ORDER)
    assert response.status_code == 502
    answer = _answer(response, caplog)
    assert answer["outcome_unknown"] is True
    assert answer["detail"].startswith("Katana answered 500; it may still have been applied")


@pytest.mark.slow
async def test_a_create_that_timed_out_is_a_504_and_the_order_may_well_exist(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeKatana()
    before = fake.state.count("sales_orders")
    # Katana takes 2 s; the service waits 0.3 s for an answer, then gives up.
    fake.faults.add(operation="createSalesOrder", delay=2.0)
    with serve_fake_katana(fake) as katana:
        timeout = httpx.Timeout(10.0, read=0.3)
        factory = _client_of(katana.base_url, timeout=timeout)
        async with running_app(create_app(factory)) as http:
            response = await http.post("/orders", json=ORDER)
        assert response.status_code == 504
        answer = _answer(response, caplog)
        assert answer["outcome_unknown"] is True
        assert "check before retrying" in answer["detail"]
        # What the answer warns about: Katana went on and created the order.
        await _until(lambda: fake.state.count("sales_orders") > before)


@pytest.mark.slow
async def test_a_list_that_timed_out_is_a_504_safe_to_retry(
    caplog: pytest.LogCaptureFixture,
) -> None:
    fake = FakeKatana()
    fake.faults.add(operation="getAllProducts", delay=2.0, times=None)
    with serve_fake_katana(fake) as katana:
        timeout = httpx.Timeout(10.0, read=0.3)
        factory = _client_of(katana.base_url, timeout=timeout, retry=2)
        async with running_app(create_app(factory)) as http:
            response = await http.get("/products")
    assert response.status_code == 504
    assert _answer(response, caplog) == {
        "detail": "Katana did not answer in time; nothing was changed",
        "outcome_unknown": False,
    }


async def test_katanas_rate_limit_is_a_503_with_its_retry_after(
    service: httpx.AsyncClient, fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.add(operation="getAllProducts", status=429, headers={"Retry-After": "7"})
    response = await service.get("/products")
    assert response.status_code == 503
    assert response.headers["retry-after"] == "7"
    assert _answer(response, caplog)["outcome_unknown"] is False


@pytest.mark.slow
async def test_katana_unreachable_is_a_503_nothing_was_sent(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with socket.socket() as unused:  # a port nothing listens on: connection refused
        unused.bind(("127.0.0.1", 0))
        base_url = f"http://127.0.0.1:{unused.getsockname()[1]}/v1"
        async with running_app(create_app(_client_of(base_url, retry=2))) as http:
            response = await http.post("/orders", json=ORDER)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    answer = _answer(response, caplog)
    assert answer["outcome_unknown"] is False
    assert "nothing was changed, retry later" in answer["detail"]


@pytest.mark.slow
async def test_a_call_that_waited_too_long_for_a_rate_limit_slot_is_a_503(
    fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    # One request a minute, and callers wait at most 0.3 s for a slot: the second waits
    # out its time in the client's limiter and is never sent.
    def factory() -> KatanaClient:
        limiter = LocalRateLimiter(limit=1, window=60)
        timeout = httpx.Timeout(10.0, pool=0.3)
        return fake.client(api_key=KEY, rate_limit=limiter, timeout=timeout)

    async with running_app(create_app(factory)) as http:
        assert (await http.get("/products")).status_code == 200
        response = await asyncio.wait_for(http.post("/orders", json=ORDER), 10)
    assert response.status_code == 503
    assert _answer(response, caplog) == {
        "detail": "Katana was not called (too busy, or unreachable); nothing was changed, "
        "retry later",
        "outcome_unknown": False,
    }
    assert fake.operation_requests("createSalesOrder") == []


async def test_a_failed_call_is_logged_once_without_the_key(
    service: httpx.AsyncClient, fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.add(operation="createSalesOrder", reset=True)
    with caplog.at_level(logging.DEBUG):
        await service.post("/orders", json=ORDER)
    (logged,) = [r for r in caplog.records if r.name == "fastapi_service"]
    assert "POST /orders -> 502" in logged.getMessage()
    assert KEY not in caplog.text


# --- Shutdown ------------------------------------------------------------------------------


@pytest.mark.slow
async def test_shutdown_lets_a_create_in_flight_finish_then_closes_the_client() -> None:
    fake = FakeKatana()
    fake.faults.add(operation="createSalesOrder", delay=3.0)
    made: list[KatanaClient] = []
    with serve_fake_katana(fake) as katana:
        factory = _client_of(katana.base_url, made=made)
        with _served(create_app(factory)) as (url, server):
            async with httpx.AsyncClient(base_url=url, timeout=30) as http:
                pending = asyncio.ensure_future(http.post("/orders", json=ORDER))
                await _until(lambda: fake.operation_requests("createSalesOrder"))
                server.should_exit = True  # what SIGTERM does
                response = await asyncio.wait_for(pending, 30)
    # uvicorn let the request finish before the lifespan closed the client.
    assert response.status_code == 201
    assert fake.state.get("sales_orders", response.json()["id"]) is not None
    assert made[0].is_closed


async def test_a_call_after_the_client_was_closed_is_a_503(
    fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    made: list[KatanaClient] = []
    app = create_app(lambda: _keep(made, fake.client(api_key=KEY)))
    async with running_app(app) as http:
        await made[0].aclose()  # as the lifespan does at shutdown
        response = await http.get("/products")
    assert response.status_code == 503
    assert _answer(response, caplog)["detail"].startswith("The service is shutting down")
    assert fake.operation_requests("getAllProducts") == []


async def test_a_create_cut_off_by_shutdown_is_a_503_saying_it_may_exist(
    fake: FakeKatana, caplog: pytest.LogCaptureFixture
) -> None:
    fake.faults.add(operation="createSalesOrder", delay=5.0)
    made: list[KatanaClient] = []
    async with running_app(create_app(lambda: _keep(made, fake.client(api_key=KEY)))) as http:
        pending = asyncio.ensure_future(http.post("/orders", json=ORDER))
        await _until(lambda: fake.operation_requests("createSalesOrder"))
        await made[0].aclose()  # past uvicorn's graceful timeout, the lifespan does this
        response = await asyncio.wait_for(pending, 10)
    assert response.status_code == 503
    answer = _answer(response, caplog)
    assert answer["outcome_unknown"] is True
    assert answer["detail"].startswith("The service is shutting down; it may still have been")


def _client_of(
    base_url: str, *, made: list[KatanaClient] | None = None, **kwargs: Any
) -> Callable[[], KatanaClient]:
    def factory() -> KatanaClient:
        return _keep(
            made if made is not None else [], KatanaClient(base_url=base_url, api_key=KEY, **kwargs)
        )

    return factory


def _keep(made: list[KatanaClient], client: KatanaClient) -> KatanaClient:
    made.append(client)
    return client


async def _until(condition: Callable[[], object]) -> None:
    """Wait until `condition()` holds (set by another thread); fail after about 10 s."""
    for _ in range(500):
        if condition():
            return
        await asyncio.sleep(0.02)
    pytest.fail("the condition did not come true")


@contextmanager
def _served(app: FastAPI) -> Iterator[tuple[str, uvicorn.Server]]:
    """Run `app` under uvicorn on 127.0.0.1 in a thread, lifespan included."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(app, lifespan="on", log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    try:
        deadline = 200
        while not server.started and thread.is_alive() and deadline:
            threading.Event().wait(0.05)
            deadline -= 1
        assert server.started, "the service did not start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}", server
    finally:
        server.should_exit = True
        thread.join(30)
        sock.close()
    assert not thread.is_alive(), "the service did not stop"
