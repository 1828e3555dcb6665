"""The example service, tested against the fake Katana with its lifespan running."""

from __future__ import annotations

from collections.abc import AsyncIterator
from decimal import Decimal

import httpx
import pytest

from fastapi_service.app import create_app
from katana_client.testing import FakeKatana, running_app


@pytest.fixture
def fake() -> FakeKatana:
    """A seeded fake Katana: customers 1-2, products 1-3 with variants 1-3."""
    return FakeKatana()


@pytest.fixture
async def service(fake: FakeKatana) -> AsyncIterator[httpx.AsyncClient]:
    """The service, started with a KatanaClient wired to the fake."""
    async with running_app(create_app(fake.client)) as http:
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
