"""Deeply nested JSON ends in `KatanaJSONDepthError`, never in a bare `RecursionError`.

Response bodies are served through httpx's `MockTransport` (the HTTP layer) to the
public API: resources, their raw twins, endpoint modules, pagers and `Model.from_json`.
Request bodies are checked by `dumps` before anything is sent.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from faultserver import FakeClock, FaultServer, Reply

from katana_client import KatanaClient, KatanaError, KatanaJSONDepthError
from katana_client._runtime import build_response, dumps, loads
from katana_client._runtime._exchange import Exchange, request_extensions
from katana_client._runtime._json import MAX_JSON_DEPTH
from katana_client.generated.api.products import delete_product, get_product
from katana_client.generated.api.variants import get_variant
from katana_client.generated.models import CreateProductDto, Product, Variant
from katana_client.resilience import ResilientTransport, RetryPolicy


def arrays(levels: int, inner: bytes = b"1") -> bytes:
    return b"[" * levels + inner + b"]" * levels


def objects(levels: int) -> bytes:
    return b'{"a":' * levels + b"1" + b"}" * levels


def mixed(pairs: int) -> bytes:
    """An object holding an array holding an object ...: two levels a pair."""
    return b'{"data":[' * pairs + b"null" + b"]}" * pairs


def variant_chain(cycles: int) -> dict[str, Any]:
    """A variant whose product's variants hold a variant whose product ... (3 levels a cycle)."""
    doc: dict[str, Any] = {"id": 1, "sku": "S"}
    for _ in range(cycles):
        doc = {"id": 1, "product_or_material": {"id": 2, "variants": [doc]}}
    return doc


def json_depth(value: Any) -> int:
    """Levels of arrays and objects in decoded JSON, counted without recursion."""
    depth, level = 0, [value]
    while level:
        level = [item for item in level if isinstance(item, dict | list)]
        depth += bool(level)
        level = [
            child for item in level for child in (item.values() if isinstance(item, dict) else item)
        ]
    return depth


TOO_DEEP = {
    "100k arrays": arrays(100_000),
    "100k objects": objects(100_000),
    "one past the cap": arrays(MAX_JSON_DEPTH + 1),
    "objects one past the cap": objects(MAX_JSON_DEPTH + 1),
    "mixed": mixed(MAX_JSON_DEPTH // 2 + 1),
    "unclosed": b"[" * 100_000,
    # Closing brackets inside an early string and opening ones inside a late one must
    # not cancel the real nesting between them.
    "brackets in strings": b'["' + b"]" * 300 + b'",' + arrays(300) + b',"' + b"[" * 300 + b'"]',
    "escaped quotes": b'["\\"]]]]]]\\\\",' + arrays(MAX_JSON_DEPTH + 1) + b"]",
}


@pytest.mark.parametrize("document", TOO_DEEP.values(), ids=TOO_DEEP.keys())
def test_loads_refuses_a_document_nested_deeper_than_the_cap(document: bytes) -> None:
    with pytest.raises(KatanaJSONDepthError) as caught:
        loads(document)
    assert isinstance(caught.value, ValueError)
    assert caught.value.max_depth == MAX_JSON_DEPTH
    assert caught.value.status_code is None
    assert f"deeper than {MAX_JSON_DEPTH} levels" in str(caught.value)


@pytest.mark.parametrize(
    "document",
    [
        arrays(100_000).decode(),
        arrays(MAX_JSON_DEPTH + 1).decode("ascii").encode("utf-16"),
        arrays(MAX_JSON_DEPTH + 1).decode("ascii").encode("utf-32"),
    ],
    ids=["str", "utf-16", "utf-32"],
)
def test_loads_refuses_deep_documents_in_any_encoding(document: bytes | str) -> None:
    with pytest.raises(KatanaJSONDepthError):
        loads(document)


ACCEPTED = {
    "arrays at the cap": arrays(MAX_JSON_DEPTH),
    "objects at the cap": objects(MAX_JSON_DEPTH),
    "brackets in a string": b'["' + b"[" * 10_000 + b'", "' + b"]" * 10_000 + b'"]',
    "escapes": b'["\\\\", "\\"[[[", "\\u005b", ' + arrays(MAX_JSON_DEPTH - 1) + b"]",
    "wide": json.dumps([[[i, {"a": [i]}] for i in range(5000)]]).encode(),
}


@pytest.mark.parametrize("document", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_loads_reads_documents_within_the_cap_as_json_does(document: bytes) -> None:
    assert loads(document) == json.loads(document)


def test_the_cap_of_loads_is_configurable() -> None:
    assert json_depth(loads(arrays(MAX_JSON_DEPTH + 50), max_depth=MAX_JSON_DEPTH + 50)) == (
        MAX_JSON_DEPTH + 50
    )
    with pytest.raises(KatanaJSONDepthError) as caught:
        loads(json.dumps({"a": {"b": {"c": [1]}}}), max_depth=3)
    assert caught.value.max_depth == 3


def test_model_from_json_refuses_a_deep_document() -> None:
    with pytest.raises(KatanaJSONDepthError):
        Product.from_json(b'{"id": 1, "extra": ' + arrays(100_000) + b"}")


class Server:
    """An httpx handler answering every request with one JSON body; keeps the requests."""

    def __init__(self, body: bytes, status: int = 200) -> None:
        self.body = body
        self.status = status
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        headers = {"Content-Type": "application/json"}
        return httpx.Response(self.status, content=self.body, headers=headers)

    def client(self) -> KatanaClient:
        return KatanaClient(api_key="nested-test", transport=httpx.MockTransport(self))


NEW_PRODUCT = CreateProductDto.from_dict({"name": "Desk", "variants": [{"sku": "D-1"}]})
CALLS: dict[str, Callable[[KatanaClient], Any]] = {
    "products.get": lambda client: client.products.get(1),
    "products.get raw": lambda client: client.products.with_raw_response.get(1),
    "products.create": lambda client: client.products.create(NEW_PRODUCT),
    "products.delete (no documented body)": lambda client: client.products.delete(1),
    "products.list": lambda client: client.products.list().collect(max_items=10),
    "get_product.asyncio": lambda client: get_product.asyncio(client=client, id=1),
    "delete_product.asyncio_detailed": lambda client: delete_product.asyncio_detailed(
        client=client, id=1
    ),
    "variants.get": lambda client: client.variants.get(1),
}
DEEP_BODIES = {
    "arrays": arrays(100_000),
    "objects": objects(100_000),
    "inside a product": b'{"id": 1, "name": ' + objects(MAX_JSON_DEPTH) + b"}",
    "variant chain past the cap": json.dumps(variant_chain(MAX_JSON_DEPTH // 3 + 1)).encode(),
}


@pytest.mark.parametrize("body", DEEP_BODIES.values(), ids=DEEP_BODIES.keys())
@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
async def test_a_deep_2xx_body_raises_a_typed_error_from_the_call(
    call: Callable[[KatanaClient], Any], body: bytes
) -> None:
    server = Server(body)
    async with server.client() as client:
        with pytest.raises(KatanaJSONDepthError) as caught:
            await call(client)
    error = caught.value
    assert isinstance(error, KatanaError)
    assert error.status_code == 200
    assert "returned 200" in str(error)
    # What the caller may do next depends on what was sent: a read may be asked again.
    method = server.requests[-1].method
    reads = "The request only reads, so asking again is safe"
    writes = "The request itself succeeded: a create or update has been applied"
    assert (reads if method == "GET" else writes) in str(error)
    assert len(server.requests) >= 1
    assert error.__cause__ is None
    assert error.__suppress_context__


async def test_a_create_with_a_deep_answer_is_sent_once() -> None:
    server = Server(arrays(100_000))
    async with server.client() as client:
        with pytest.raises(KatanaJSONDepthError):
            await client.products.create(NEW_PRODUCT)
    assert [r.method for r in server.requests] == ["POST"]


async def test_a_deep_error_body_still_raises_the_status_error() -> None:
    server = Server(arrays(100_000), status=404)
    async with server.client() as client:
        with pytest.raises(KatanaError) as caught:
            await client.products.get(1)
    assert type(caught.value).__name__ == "KatanaNotFoundError"
    assert getattr(caught.value, "body", "unset") is None


async def test_a_self_nesting_model_within_the_cap_is_read() -> None:
    cycles = MAX_JSON_DEPTH // 3 - 1
    server = Server(json.dumps(variant_chain(cycles)).encode())
    async with server.client() as client:
        variant = await client.variants.get(1)
    levels = 0
    while variant.product_or_material:
        variants = variant.product_or_material.variants
        assert isinstance(variants, list)
        assert isinstance(variants[0], Variant)
        variant = variants[0]
        levels += 1
    assert levels == cycles
    assert variant.sku == "S"


def test_a_model_read_that_runs_out_of_stack_raises_the_typed_error() -> None:
    # A body within the cap whose model nests itself, read by a caller whose own stack
    # is nearly used up: the model reader's RecursionError becomes the typed error.
    body = json.dumps(variant_chain(MAX_JSON_DEPTH // 3 - 1)).encode()
    # Decoded here, at a shallow stack, as the retry layer does: only the read is deep.
    exchange = Exchange(decoded=(loads(body), False))
    request = httpx.Request(
        "GET", "https://api.katanamrp.com/v1/variants/1", extensions=request_extensions(exchange)
    )
    response = httpx.Response(200, content=body, request=request)

    def read_near_the_limit(frames_left: int) -> Any:
        if frames_left > 0:
            return read_near_the_limit(frames_left - 1)
        return build_response(response, get_variant.OPERATION.parse)

    frames_left = sys.getrecursionlimit() - len(inspect.stack(0)) - 40
    with pytest.raises(KatanaJSONDepthError) as caught:
        read_near_the_limit(frames_left)
    assert caught.value.status_code == 200


def self_containing_list() -> list[Any]:
    loop: list[Any] = []
    loop.append(loop)
    return loop


REQUEST_BODIES: dict[str, Callable[[], Any]] = {
    "a list that holds itself": self_containing_list,
    "100k nested lists": lambda: _nested_list(100_000),
    "one past the cap": lambda: _nested_list(MAX_JSON_DEPTH + 1),
}


def _nested_list(levels: int) -> list[Any]:
    value: list[Any] = []
    for _ in range(levels - 1):
        value = [value]
    return value


@pytest.mark.parametrize("make", REQUEST_BODIES.values(), ids=REQUEST_BODIES.keys())
async def test_a_deep_request_body_is_refused_before_sending(make: Callable[[], Any]) -> None:
    body = CreateProductDto.from_dict({"name": "Desk", "variants": [{"sku": "D-1"}]})
    body["extra"] = make()
    server = Server(b"{}")
    async with server.client() as client:
        with pytest.raises(KatanaJSONDepthError) as caught:
            await client.products.create(body)
    assert server.requests == []
    assert caught.value.status_code is None
    assert "nothing was sent" in str(caught.value)


async def test_a_model_that_contains_itself_is_refused_before_sending() -> None:
    variant = Variant.from_dict({"id": 1, "product_or_material": {"id": 2, "variants": []}})
    assert variant.product_or_material
    variant.product_or_material.variants = [variant]
    server = Server(b"{}")
    async with server.client() as client:
        with pytest.raises(KatanaJSONDepthError):
            await client.products.create(variant)  # type: ignore[arg-type]
    assert server.requests == []


def test_dumps_writes_a_body_at_the_cap() -> None:
    value = _nested_list(MAX_JSON_DEPTH)
    assert json.loads(dumps(value)) == value


async def test_a_deep_body_from_a_real_server_is_not_retried_and_raises_typed() -> None:
    # Through the real network transport and the retry layer, which decodes 2xx bodies
    # of repeat-safe requests itself: a deep body is whole, so another attempt is futile.
    deep = Reply(200, arrays(100_000), {"Content-Type": "application/json"})
    async with FaultServer(lambda request: deep) as server:
        transport = ResilientTransport(
            httpx.AsyncHTTPTransport(),
            retry=RetryPolicy(attempts=3, initial=0.01, jitter=0),
            clock=FakeClock(),
        )
        async with KatanaClient(api_key="k", base_url=server.url, transport=transport) as client:
            with pytest.raises(KatanaJSONDepthError) as caught:
                await client.products.get(1)
            with pytest.raises(KatanaJSONDepthError):
                await client.products.list().collect(max_items=5)
    assert caught.value.status_code == 200
    assert server.count("GET", "/products/1") == 1
    assert server.count("GET", "/products") == 1
