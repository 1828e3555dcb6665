"""Generated endpoint modules: async only, typed results, Katana's quirks handled."""

from __future__ import annotations

import asyncio
import importlib
import inspect
import json
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from katana_client import KatanaClient
from katana_client._runtime import KatanaAPIError, Operation
from katana_client.generated import AuthenticatedClient
from katana_client.generated.api.demand_forecasts import delete_demand_forecast
from katana_client.generated.api.products import (
    create_product,
    delete_product,
    get_all_products,
    get_product,
)
from katana_client.generated.api.sales_orders import search_sales_orders
from katana_client.generated.models import (
    CreateProductDto,
    CreateProductVariantDto,
    DemandForecastClearDto,
    DemandForecastClearPeriod,
    Product,
    ProductList,
)

API_DIR = Path(__file__).resolve().parent.parent / "katana_client" / "generated" / "api"


class Recorder:
    """Answers every request with a fixed response and keeps the requests."""

    def __init__(self, status: int = 200, body: object = None, content: bytes = b"") -> None:
        self.requests: list[httpx.Request] = []
        self.status = status
        self.content = json.dumps(body).encode() if body is not None else content

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, content=self.content)

    def client(self) -> KatanaClient:
        return KatanaClient(api_key="test-key", transport=httpx.MockTransport(self))


def _endpoint_modules() -> list[str]:
    return sorted(
        ".".join(("katana_client", "generated", "api", p.parent.name, p.stem))
        for p in API_DIR.glob("*/*.py")
        if p.name != "__init__.py"
    )


@pytest.fixture(scope="module")
def modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in _endpoint_modules()]


def test_all_223_operations_are_generated() -> None:
    assert len(_endpoint_modules()) == 223


def test_every_endpoint_is_async_only(modules: list[ModuleType]) -> None:
    for module in modules:
        assert inspect.iscoroutinefunction(module.asyncio), module.__name__
        assert inspect.iscoroutinefunction(module.asyncio_detailed), module.__name__
        assert not hasattr(module, "sync"), module.__name__
        assert not hasattr(module, "sync_detailed"), module.__name__


def test_every_endpoint_carries_its_metadata(modules: list[ModuleType]) -> None:
    for module in modules:
        op = module.OPERATION
        assert isinstance(op, Operation), module.__name__
        assert isinstance(op.id, str)
        assert op.method in {"GET", "POST", "PUT", "PATCH", "DELETE"}
        assert op.path.startswith("/")
        assert isinstance(op.idempotent, bool)
        assert op.list_items in {None, "data", "root"}
        assert op.pagination in {None, "query", "body"}


def test_every_endpoint_hands_send_exactly_its_declared_arguments(
    modules: list[ModuleType], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The endpoints pass `locals()` to the core, which sends every name it does not know
    # as a query parameter: a local added before that call would leak into the request.
    # The descriptor names the path values, body and headers; the rest is the query.
    seen: list[tuple[Operation[object], dict[str, object]]] = []

    async def record(op: Operation[object], client: object, args: dict[str, object]) -> None:
        seen.append((op, dict(args)))

    for module in modules:
        op = module.OPERATION
        signature = inspect.signature(module.asyncio_detailed)
        declared = [name for name in signature.parameters if name != "client"]
        positional = [
            name
            for name, p in signature.parameters.items()
            if p.kind is p.POSITIONAL_OR_KEYWORD and name not in ("client", "body")
        ]
        assert positional == [attr for _, attr, _ in op.path_params], module.__name__
        assert ("body" in declared) == (op.body is not None), module.__name__
        keywords = {n for n, p in signature.parameters.items() if p.kind is p.KEYWORD_ONLY}
        assert {attr for _, attr in op.headers} <= keywords, module.__name__
        assert {attr for attr, _ in op.renamed} <= keywords, module.__name__
        monkeypatch.setattr(module, "send", record)
        args = {name: object() for name in declared}
        seen.clear()
        asyncio.run(module.asyncio_detailed("the client", **args))
        ((op, sent),) = seen
        assert op is module.OPERATION
        assert sent == {"client": "the client", **args}, module.__name__


def test_metadata_of_a_list_operation() -> None:
    op = get_all_products.OPERATION
    assert op.id == "getAllProducts"
    assert (op.method, op.path) == ("GET", "/products")
    assert op.idempotent is True
    assert (op.list_items, op.pagination) == ("data", "query")


def test_a_create_is_not_idempotent() -> None:
    assert create_product.OPERATION.idempotent is False


def test_search_pages_through_the_body() -> None:
    assert search_sales_orders.OPERATION.pagination == "body"


def test_no_endpoint_module_uses_a_sync_client() -> None:
    for path in API_DIR.glob("*/*.py"):
        text = path.read_text(encoding="utf-8")
        assert "httpx.Client(" not in text, path
        assert "HTTPStatus" not in text, path


async def test_list_response_is_parsed_into_its_model() -> None:
    recorder = Recorder(body={"data": [{"id": 1, "name": "Table", "uom": "pcs"}]})
    async with recorder.client() as client:
        result = await get_all_products.asyncio(client=client)
    assert isinstance(result, ProductList)
    assert isinstance(result.data, list)
    assert isinstance(result.data[0], Product)
    assert result.data[0].name == "Table"


async def test_query_booleans_lists_and_numbers_are_encoded_for_katana() -> None:
    recorder = Recorder(body={"data": []})
    async with recorder.client() as client:
        await get_all_products.asyncio(
            client=client,
            ids=[1, 2],
            is_sellable=True,
            include_deleted=False,
            purchase_uom_conversion_rate=Decimal("1.50"),
            limit=50,
        )
    params = recorder.requests[0].url.params
    assert params.get_list("ids") == ["1", "2"]
    assert params["is_sellable"] == "true"
    assert params["include_deleted"] == "false"
    assert params["purchase_uom_conversion_rate"] == "1.50"
    assert "page" not in params


async def test_path_parameters_are_filled_in() -> None:
    recorder = Recorder(body={"id": 42})
    async with recorder.client() as client:
        product = await get_product.asyncio(client=client, id=42)
    assert recorder.requests[0].url.path == "/v1/products/42"
    assert isinstance(product, Product)
    assert product.id == 42


async def test_request_body_is_json_with_exact_decimals() -> None:
    recorder = Recorder(body={"id": 1})
    body = CreateProductDto(
        name="Table",
        variants=[CreateProductVariantDto(sku="T-1", purchase_price=Decimal("10.10"))],
    )
    async with recorder.client() as client:
        await create_product.asyncio(client=client, body=body)
    request = recorder.requests[0]
    assert request.method == "POST"
    assert request.headers["Content-Type"] == "application/json"
    assert b'"purchase_price":10.10' in request.content


async def test_delete_with_a_json_body_sends_the_body() -> None:
    recorder = Recorder(status=204)
    body = DemandForecastClearDto(
        location_id=1,
        variant_id=2,
        periods=[DemandForecastClearPeriod(period_start="2024-01-01", period_end="2024-01-31")],
    )
    async with recorder.client() as client:
        result = await delete_demand_forecast.asyncio(client=client, body=body)
    request = recorder.requests[0]
    assert request.method == "DELETE"
    assert json.loads(request.content) == {
        "location_id": 1,
        "periods": [{"period_end": "2024-01-31", "period_start": "2024-01-01"}],
        "variant_id": 2,
    }
    assert result is None


async def test_204_where_200_was_documented_gives_none() -> None:
    recorder = Recorder(status=204)
    async with recorder.client() as client:
        response = await get_product.asyncio_detailed(client=client, id=1)
    assert response.status_code == 204
    assert response.parsed is None


async def test_200_with_a_body_where_204_was_documented_is_read_as_the_record() -> None:
    recorder = Recorder(status=200, body={"id": 1, "deleted": True})
    async with recorder.client() as client:
        result = await delete_product.asyncio(client=client, id=1)
    assert isinstance(result, Product)
    assert result.id == 1
    assert result["deleted"] is True


async def test_a_body_that_is_no_record_where_204_was_documented_gives_none() -> None:
    recorder = Recorder(status=200, body=[1, 2])
    async with recorder.client() as client:
        response = await delete_product.asyncio_detailed(client=client, id=1)
    assert response.parsed is None
    assert response.content == b"[1, 2]"


@pytest.mark.parametrize("status", [404, 422, 429, 499, 520])
async def test_non_2xx_raises_katana_api_error(status: int) -> None:
    recorder = Recorder(status=status, body={"name": "SomeError", "message": "nope"})
    async with recorder.client() as client:
        with pytest.raises(KatanaAPIError) as caught:
            await get_product.asyncio(client=client, id=1)
    assert caught.value.status_code == status
    assert caught.value.name == "SomeError"


async def test_generated_authenticated_client_works_too() -> None:
    recorder = Recorder(body={"id": 5})
    client = AuthenticatedClient(
        base_url="https://api.katanamrp.com/v1",
        token="secret-token",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )
    async with client:
        product = await get_product.asyncio(client=client, id=5)
    assert isinstance(product, Product)
    assert recorder.requests[0].headers["Authorization"] == "Bearer secret-token"


def test_generated_client_has_a_timeout_unless_told_otherwise() -> None:
    # openapi-python-client's own default is no timeout; `timeout=None` asks for that
    # explicitly, as in httpx (tests/test_client.py checks both clients agree).
    client = AuthenticatedClient(base_url="https://x", token="t")
    assert client.timeout == httpx.Timeout(30.0, connect=10.0, pool=120.0)


def test_generated_client_hides_its_token_in_repr() -> None:
    assert "secret" not in repr(AuthenticatedClient(base_url="https://x", token="secret"))
