"""The request core: `send` builds, sends and reads any operation from its descriptor.

Descriptors here are written by hand, so these tests pin the core itself, whatever the
generated modules hold.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from katana_client import KatanaParameterError
from katana_client._errors import _ShapeMismatch
from katana_client._runtime import (
    UNSET,
    KatanaAPIError,
    Operation,
    Response,
    list_of,
    model_of,
    model_or_none,
    parsed,
    send,
)
from katana_client._runtime._exchange import exchange_of


class FakeClient:
    """A `SupportsAsyncHTTPX` whose transport records requests and answers `reply`."""

    def __init__(self, reply: Callable[[httpx.Request], httpx.Response] | None = None) -> None:
        self.requests: list[httpx.Request] = []
        answer = reply or (lambda request: httpx.Response(200, json={"ok": True}))

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return answer(request)

        self._client = httpx.AsyncClient(
            base_url="https://api.example.test/v1", transport=httpx.MockTransport(handler)
        )

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return self._client


class Thing:
    """A stand-in model: records what `_from_owned` got."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    @classmethod
    def _from_owned(cls, data: dict[str, Any]) -> Thing:
        return cls(data)


GET = Operation[Any](
    id="getThing",
    method="GET",
    path="/things/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    headers=(("X-Trace", "trace"),),
    renamed=(("zip_", "zip"),),
    parse=model_of(Thing),
)
CREATE = Operation[Any](
    id="createThing", method="POST", path="/things", idempotent=False, body="required"
)
UPDATE = Operation[Any](
    id="updateThing",
    method="PATCH",
    path="/things/{id}",
    idempotent=True,
    path_params=(("id", "id", "str"),),
    body="optional",
)


async def test_path_query_and_headers_are_encoded() -> None:
    client = FakeClient()
    await send(
        GET,
        client,
        {
            "id": 7,
            "extend": UNSET,
            "ids": [1, 2],
            "flag": False,
            "rate": Decimal("1.50"),
            "since": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
            "zip_": "0150",
            "trace": "abc",
        },
    )
    (request,) = client.requests
    assert request.method == "GET"
    assert request.url.path == "/v1/things/7"
    query = request.url.params
    assert query.get_list("ids") == ["1", "2"]
    assert query["flag"] == "false"
    assert query["rate"] == "1.50"
    assert query["since"].startswith("2024-01-02T03:04:05")
    assert query["zip"] == "0150"
    assert "extend" not in query  # UNSET is left out
    assert request.headers["X-Trace"] == "abc"
    assert exchange_of(request).operation is GET


async def test_a_str_path_value_is_one_quoted_segment() -> None:
    client = FakeClient()
    await send(UPDATE, client, {"id": "a b?c", "body": UNSET})
    (request,) = client.requests
    assert request.url.raw_path == b"/v1/things/a%20b%3Fc"
    assert request.content == b""
    assert "Content-Type" not in request.headers


@pytest.mark.parametrize("value", ["..", "a/b", True, 0, 2**63, "1"])
async def test_a_bad_path_value_is_refused_before_sending(value: object) -> None:
    client = FakeClient()
    op = GET if not isinstance(value, str) or value == "1" else UPDATE
    with pytest.raises(KatanaParameterError) as caught:
        await send(op, client, {"id": value})
    assert caught.value.operation == op.id
    assert caught.value.parameter == "id"
    assert client.requests == []


async def test_a_none_header_is_left_out() -> None:
    client = FakeClient()
    await send(GET, client, {"id": 1, "trace": None})
    assert "X-Trace" not in client.requests[0].headers


async def test_a_body_keeps_decimals_exact() -> None:
    client = FakeClient()
    await send(CREATE, client, {"body": {"price": Decimal("0.10"), "n": 1}})
    (request,) = client.requests
    assert request.content == b'{"price":0.10,"n":1}'
    assert request.headers["Content-Type"] == "application/json"


async def test_an_optional_body_that_is_given_is_sent() -> None:
    client = FakeClient()
    await send(UPDATE, client, {"id": "x", "body": {"a": 1}})
    assert json.loads(client.requests[0].content) == {"a": 1}


async def test_the_parser_gets_the_decoded_body() -> None:
    client = FakeClient(lambda request: httpx.Response(200, json={"id": 3}))
    response = await send(GET, client, {"id": 3})
    assert isinstance(response.parsed, Thing)
    assert response.parsed.data == {"id": 3}


async def test_204_gives_parsed_none() -> None:
    client = FakeClient(lambda request: httpx.Response(204))
    response = await send(GET, client, {"id": 3})
    assert response.status_code == 204
    assert response.parsed is None


@pytest.mark.parametrize("status", [404, 422, 520])
async def test_a_non_2xx_raises_the_typed_error(status: int) -> None:
    client = FakeClient(lambda request: httpx.Response(status, json={"message": "no"}))
    with pytest.raises(KatanaAPIError) as caught:
        await send(GET, client, {"id": 3})
    assert caught.value.status_code == status


def test_list_of_converts_objects_in_place() -> None:
    data: list[Any] = [{"a": 1}, {"b": 2}]
    result = list_of(Thing)(data)
    assert result is data
    assert [x.data for x in result] == [{"a": 1}, {"b": 2}]


@pytest.mark.parametrize(
    "body",
    [[{"a": 1}], {"data": [{"a": 1}]}, {"a": 1}],
    ids=["bare array", "data envelope", "lone object"],
)
def test_list_of_reads_every_envelope(body: Any) -> None:
    assert [x.data for x in list_of(Thing)(body)] == [{"a": 1}]


@pytest.mark.parametrize("body", [{}, {"data": None}, {"data": []}, []])
def test_list_of_reads_an_empty_answer_as_an_empty_list(body: Any) -> None:
    assert list_of(Thing)(body) == []


@pytest.mark.parametrize("body", [[{"a": 1}, 5], "x", 3, {"data": "x"}])
def test_list_of_raises_on_what_is_no_list_of_objects(body: Any) -> None:
    with pytest.raises(_ShapeMismatch):
        list_of(Thing)(body)


@pytest.mark.parametrize(
    "body", [{"a": 1}, [{"a": 1}], {"data": [{"a": 1}]}], ids=["object", "array", "envelope"]
)
def test_model_of_reads_one_record_in_any_envelope(body: Any) -> None:
    assert model_of(Thing)(body).data == {"a": 1}


@pytest.mark.parametrize("body", [[], [{"a": 1}, {"b": 2}], {"data": []}, [5], "x", 1])
def test_model_of_raises_on_no_record_or_several(body: Any) -> None:
    with pytest.raises(_ShapeMismatch):
        model_of(Thing)(body)


def test_model_or_none_reads_a_record_and_gives_none_for_anything_else() -> None:
    assert model_or_none(Thing)([{"a": 1}]).data == {"a": 1}  # type: ignore[union-attr]
    assert model_or_none(Thing)([1, 2]) is None


async def test_every_other_argument_is_a_query_parameter() -> None:
    # A generated function's signature declares the query; the descriptor lists none.
    client = FakeClient()
    args = {"self": "a resource", "client": client, "id": "x", "body": {}, "note": "n"}
    await send(UPDATE, client, args)
    (request,) = client.requests
    assert request.url.path == "/v1/things/x"
    assert list(request.url.params.multi_items()) == [("note", "n")]


async def test_parsed_returns_only_the_model_and_keeps_the_signature() -> None:
    @GET.endpoint
    async def detailed(client: FakeClient, *, id: int) -> Response[Any]:
        """Doc."""
        return await send(GET, client, locals())

    plain = parsed(detailed)
    result = await plain(FakeClient(lambda request: httpx.Response(200, json={})), id=1)
    assert isinstance(result, Thing)
    assert plain.__wrapped__ is detailed  # type: ignore[attr-defined]
    assert plain.__katana_operation__ is GET  # type: ignore[attr-defined]
