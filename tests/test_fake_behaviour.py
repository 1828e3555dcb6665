"""`FakeKatana` behaves like Katana: validation, state, pagination, limits, faults."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

from katana_client import KatanaAPIError, KatanaClient
from katana_client.generated.api.customers import create_customer
from katana_client.generated.api.factory import get_factory
from katana_client.generated.api.products import (
    create_product,
    delete_product,
    get_all_products,
    get_product,
    update_product,
)
from katana_client.generated.api.sales_order_rows import get_all_sales_order_rows
from katana_client.generated.api.sales_orders import (
    create_sales_order,
    get_sales_order,
    search_sales_orders,
)
from katana_client.generated.models import (
    CreateCustomerDto,
    CreateProductDto,
    CreateSalesOrderDto,
    ProductUpdateDto,
    SearchSalesOrdersDto,
)
from katana_client.testing import (
    FAULT_HEADER,
    FakeConnectionReset,
    FakeKatana,
    FakeKatanaServer,
    FakeState,
    RateLimit,
    find_spec_file,
    serve_fake_katana,
)


def _product(name: str = "Saber") -> CreateProductDto:
    return CreateProductDto.from_dict({"name": name, "variants": [{"sku": f"{name}-1"}]})


def _raw(fake: FakeKatana, key: str = "k") -> httpx.AsyncClient:
    """A plain httpx client on the fake: no SDK in between, so every answer is seen."""
    return httpx.AsyncClient(
        transport=fake.transport(),
        base_url="http://127.0.0.1/v1",
        headers={"Authorization": f"Bearer {key}"},
    )


def _pagination(response: Any) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(response.headers["X-Pagination"])
    return result


async def test_created_product_is_listed_fetched_updated_and_deleted() -> None:
    fake = FakeKatana(seed=False)
    async with fake.client() as client:
        made = await create_product.asyncio(client=client, body=_product())
        assert made is not None
        assert made.variants
        assert made.variants[0].product_id == made.id
        fetched = await get_product.asyncio(client=client, id=made.id)
        assert fetched is not None
        assert fetched.name == "Saber"
        body = ProductUpdateDto.from_dict({"name": "Renamed"})
        updated = await update_product.asyncio(client=client, id=made.id, body=body)
        assert updated is not None
        assert updated.name == "Renamed"
        listed = await get_all_products.asyncio(client=client)
        assert listed is not None
        assert [p.name for p in listed.data or []] == ["Renamed"]
        await delete_product.asyncio_detailed(client=client, id=made.id)
        with pytest.raises(KatanaAPIError) as missing:
            await get_product.asyncio(client=client, id=made.id)
    assert missing.value.status_code == 404
    assert missing.value.name == "NotFoundError"
    assert fake.state.count("variants") == 0


async def test_sales_order_keeps_its_rows_and_totals_them_exactly() -> None:
    fake = FakeKatana()
    body = CreateSalesOrderDto.from_dict(
        {
            "customer_id": 1,
            "sales_order_rows": [
                {"variant_id": 1, "quantity": 3, "price_per_unit": Decimal("0.1")},
                {"variant_id": 2, "quantity": 1, "price_per_unit": Decimal("0.2")},
            ],
        }
    )
    async with fake.client() as client:
        order = await create_sales_order.asyncio(client=client, body=body)
        assert order is not None
        again = await get_sales_order.asyncio(client=client, id=order.id)
        rows = await get_all_sales_order_rows.asyncio(client=client, sales_order_ids=[order.id])
    assert again is not None
    assert again.total == Decimal("0.5")
    assert rows is not None
    assert [r.variant_id for r in rows.data or []] == [1, 2]


async def test_create_naming_a_missing_customer_is_a_422() -> None:
    body = CreateSalesOrderDto.from_dict(
        {"customer_id": 999, "sales_order_rows": [{"variant_id": 1, "quantity": 1}]}
    )
    async with FakeKatana().client() as client:
        with pytest.raises(KatanaAPIError) as error:
            await create_sales_order.asyncio(client=client, body=body)
    assert error.value.status_code == 422
    assert error.value.body["details"][0]["path"] == ".customer_id"


async def test_invalid_body_is_a_422_in_katanas_shape() -> None:
    async with FakeKatana().client() as client:
        with pytest.raises(KatanaAPIError) as error:
            await create_customer.asyncio(client=client, body=CreateCustomerDto(name=""))
    assert error.value.status_code == 422
    # The message is jsonschema's own wording, which changes between its releases.
    message = error.value.body["details"][0]["message"]
    assert isinstance(message, str)
    assert message
    assert error.value.body == {
        "statusCode": 422,
        "name": "UnprocessableEntityError",
        "message": error.value.message,
        "code": "VALIDATION_FAILED",
        "details": [
            {
                "path": ".name",
                "code": "minLength",
                "message": message,
                "info": {"limit": 1},
            }
        ],
    }


async def test_invalid_query_parameter_is_a_422() -> None:
    fake = FakeKatana()
    async with _raw(fake) as http:
        response = await http.get("/products", params={"limit": "x"})
    assert response.status_code == 422
    assert response.json()["details"][0]["path"] == ".limit"


async def test_list_pages_with_x_pagination() -> None:
    fake = FakeKatana(seed=False)
    fake.state.add_products(7)
    async with fake.client() as client:
        response = await get_all_products.asyncio_detailed(client=client, page=2, limit=3)
    assert response.parsed is not None
    assert [p.name for p in response.parsed.data or []] == [f"Lightsaber {n}" for n in (4, 5, 6)]
    assert _pagination(response) == {
        "total_records": 7,
        "total_pages": 3,
        "offset": 3,
        "page": 2,
        "first_page": False,
        "last_page": False,
    }


async def test_pagination_numbers_can_arrive_as_strings() -> None:
    fake = FakeKatana(pagination_as_strings=True)
    async with fake.client() as client:
        response = await get_all_products.asyncio_detailed(client=client, limit=1)
    assert _pagination(response)["total_pages"] == "3"
    assert _pagination(response)["first_page"] == "true"


async def test_search_pages_through_the_body_filter() -> None:
    fake = FakeKatana()
    body = SearchSalesOrdersDto.from_dict({"filter": {"page": 1, "limit": 1, "where": {}}})
    async with fake.client() as client:
        found = await search_sales_orders.asyncio(client=client, body=body)
    assert found is not None
    assert [o.order_no for o in found.data or []] == ["SO-1"]


class CopyCounter:
    """A field value that counts how often the fake copies the record holding it."""

    copies = 0

    def __deepcopy__(self, memo: dict[int, Any]) -> str:
        CopyCounter.copies += 1
        return "copied"


async def test_a_list_page_copies_its_own_records_not_the_collection() -> None:
    # What a page costs: its records, whatever the size of the collection (the fake
    # once copied every record for every page).
    fake = FakeKatana(seed=False)
    for n in range(300):
        made = fake.state.create("customers", {"name": f"C{n}"})
        fake.state.update("customers", made["id"], {"marker": CopyCounter()})
    CopyCounter.copies = 0
    async with _raw(fake) as http:
        last = await http.get("/customers", params={"page": 30, "limit": 10})
        named = await http.get("/customers", params={"name": "C7", "limit": 10})
    assert [c["name"] for c in last.json()["data"]] == [f"C{n}" for n in range(290, 300)]
    assert [c["name"] for c in named.json()["data"]] == ["C7"]
    assert _pagination(last)["total_records"] == 300
    assert _pagination(named)["total_records"] == 1
    assert CopyCounter.copies == 11


def _changed_state() -> FakeState:
    """Products, materials and orders with rows, some moved, updated and deleted."""
    state = FakeState()
    state.seed()
    state.add_products(6)
    for order in range(3):
        state.create(
            "sales_orders",
            {
                "customer_id": 1 + order % 2,
                "sales_order_rows": [
                    {"variant_id": v, "quantity": order + 1, "price_per_unit": "2.5"}
                    for v in range(1, 2 + order)
                ],
            },
        )
    state.update("variants", 2, {"product_id": 1})  # moved to another product
    state.update("variants", 9, {"product_id": None, "material_id": 2})
    state.update("sales_order_rows", 1, {"sales_order_id": 3})
    state.delete("products", 5)
    state.delete("sales_order_rows", 4)
    state.delete("sales_orders", 2)
    return state


@pytest.mark.parametrize(
    "where",
    [
        None,
        lambda r: r.get("name", "").endswith(("1", "2", "3")),
        lambda r: len(r.get("variants", [])) != 1,
        lambda r: r.get("total", 0) > 10,
        lambda r: any(row["variant_id"] == 1 for row in r.get("sales_order_rows", [])),
        lambda r: "variants" in r and "id" in r and len(r) > 3 and "variants" in list(r),
    ],
    ids=["all", "by_name", "by_nested_list", "by_total", "by_rows", "mapping"],
)
def test_a_page_is_the_slice_of_the_filtered_collection(where: Any) -> None:
    state = _changed_state()
    for collection in ("products", "materials", "variants", "sales_orders", "customers"):
        whole = [r for r in state.all(collection) if where is None or where(r)]
        for start, stop in [(0, 2), (1, 4), (3, 100), (50, 60)]:
            assert state.page(collection, start, stop, where) == (len(whole), whole[start:stop])


def test_nested_lists_follow_moves_and_deletes() -> None:
    state = _changed_state()
    product = state.get("products", 1)
    assert product is not None
    assert [v["id"] for v in product["variants"]] == [1, 2]
    material = state.get("materials", 2)
    assert material is not None
    assert [v["id"] for v in material["variants"]] == [5, 9]
    assert state.get("variants", 7) is None  # product 5's variant went with it
    order = state.get("sales_orders", 3)
    assert order is not None
    assert [r["id"] for r in order["sales_order_rows"]] == [1, 3]
    assert order["total"] == Decimal("99.98") + Decimal("5.0")
    assert state.get("sales_orders", 2) is None
    assert [r["id"] for r in state.all("sales_order_rows")] == [1, 3, 5, 6, 7]


async def test_operations_without_state_answer_with_the_spec_example() -> None:
    fake = FakeKatana()
    async with fake.client() as client:
        factory = await get_factory.asyncio(client=client)
    assert factory is not None
    assert factory.to_dict() == fake.spec.example("getFactory")


async def test_rate_limit_headers_count_down_then_429_with_retry_after() -> None:
    now = [1_700_000_000.0]
    fake = FakeKatana(rate_limit=RateLimit(limit=2, window=60, clock=lambda: now[0]))
    async with _raw(fake) as http:
        first, second, third = [await http.get("/products") for _ in range(3)]
        now[0] += 60
        fourth = await http.get("/products")
    assert first.headers["X-Ratelimit-Limit"] == "2"
    assert [r.headers["X-Ratelimit-Remaining"] for r in (first, second)] == ["1", "0"]
    assert first.headers["X-Ratelimit-Reset"] == "1700000060"
    assert third.status_code == 429
    assert third.headers["Retry-After"] == "60"
    assert third.json()["name"] == "TooManyRequests"
    assert fourth.status_code == 200
    assert [r.status for r in fake.requests] == [200, 200, 429, 200]


async def test_rate_limit_reset_can_be_sent_in_milliseconds() -> None:
    fake = FakeKatana(rate_limit=RateLimit(reset_in_ms=True, clock=lambda: 1_700_000_000.0))
    async with _raw(fake) as http:
        response = await http.get("/products")
    assert response.headers["X-Ratelimit-Reset"] == "1700000060000"


async def test_missing_or_unknown_key_is_a_401() -> None:
    fake = FakeKatana(api_keys=["right"])
    async with httpx.AsyncClient(transport=fake.transport(), base_url="http://127.0.0.1") as http:
        unknown = await http.get("/v1/products", headers={"Authorization": "Bearer wrong"})
        missing = await http.get("/v1/products")
        right = await http.get("/v1/products", headers={"Authorization": "Bearer right"})
    assert [unknown.status_code, missing.status_code, right.status_code] == [401, 401, 200]
    assert unknown.json() == {
        "statusCode": 401,
        "name": "UnauthorizedError",
        "message": "Unauthorized",
    }


async def test_injected_status_applies_the_given_number_of_times() -> None:
    fake = FakeKatana()
    fault = fake.faults.add(status=503, operation="getAllProducts", times=1)
    async with fake.client() as client:
        with pytest.raises(KatanaAPIError) as error:
            await get_all_products.asyncio(client=client)
        assert await get_all_products.asyncio(client=client) is not None
    assert error.value.status_code == 503
    assert fault.hits == 1


async def test_injected_reset_is_a_transport_error() -> None:
    fake = FakeKatana()
    fake.faults.add(reset=True, method="GET")
    async with fake.client() as client:
        with pytest.raises(httpx.TransportError):
            await get_all_products.asyncio(client=client)


async def test_fault_can_be_asked_for_by_request_header() -> None:
    fake = FakeKatana()
    async with _raw(fake) as http:
        response = await http.get("/products", headers={FAULT_HEADER: "status=520"})
    assert response.status_code == 520


async def test_injected_delay_lets_the_request_through() -> None:
    fake = FakeKatana()
    fake.faults.add(delay=0.01)
    async with fake.client() as client:
        assert await get_all_products.asyncio(client=client) is not None


async def test_unknown_path_is_katanas_404() -> None:
    async with _raw(FakeKatana()) as http:
        response = await http.get("/no_such_thing")
    assert response.status_code == 404
    assert response.json()["name"] == "NotFoundError"


@pytest.mark.slow
def test_served_fake_answers_over_loopback() -> None:
    fake = FakeKatana()
    with serve_fake_katana(fake) as server:
        assert server.base_url.startswith("http://127.0.0.1:")
        ok = httpx.get(f"{server.base_url}/products", headers={"Authorization": "Bearer k"})
        fake.faults.add(reset=True)
        with pytest.raises(httpx.TransportError):
            httpx.get(f"{server.base_url}/products", headers={"Authorization": "Bearer k"})
    assert ok.status_code == 200
    assert ok.json()["data"][0]["name"] == "Lightsaber 1"


async def test_served_fake_works_with_katana_client_inside_an_event_loop() -> None:
    server = FakeKatanaServer()
    async with server, KatanaClient(api_key="k", base_url=server.base_url) as client:
        products = await get_all_products.asyncio(client=client)
    assert products is not None
    assert products.data


def test_spec_is_found_in_the_checkout_or_package() -> None:
    assert find_spec_file().name == "katana-openapi.yaml"


def test_reset_is_reported_as_httpx_read_error() -> None:
    assert issubclass(FakeConnectionReset, httpx.ReadError)
