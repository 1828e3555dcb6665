"""What a caller passes reaches Katana as meant, or is refused before anything is sent.

Through the public API (endpoint functions, resource methods, a walk, `with_options`),
each value below used to be sent as something else: an empty `ids=[]` dropped the
filter (every record came back), a range or a generator went as its repr, bytes as
`b'...'`, NaN as `nan`, a naive datetime with no zone, and `extra_query` by httpx's
rules rather than the SDK's. Headers given per call are checked as the wire needs them,
without their values (which may be secrets) in the error.
"""

from __future__ import annotations

import datetime
import enum
import uuid
from collections.abc import Awaitable, Callable
from decimal import Decimal
from typing import Any

import httpx
import pytest

from katana_client import KatanaClient, KatanaConfigError, KatanaParameterError, SyncKatanaClient
from katana_client.generated.api.products import get_all_products
from katana_client.generated.models import CreatePurchaseOrderDto

BASE = "https://katana.test/v1"
UTC = datetime.UTC


class Recorder:
    """A MockTransport handler that records each request's query and headers."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={"data": []} if request.method == "GET" else {"id": 1})

    def query(self) -> list[tuple[str, str]]:
        assert len(self.requests) == 1
        return list(self.requests[0].url.params.multi_items())


def client_for(recorder: Recorder) -> KatanaClient:
    return KatanaClient(api_key="k", base_url=BASE, transport=httpx.MockTransport(recorder))


# Every way one list call reaches the request core, with its filters.
CALLS: dict[str, Callable[[KatanaClient, dict[str, Any]], Awaitable[Any]]] = {
    "endpoint": lambda c, kw: get_all_products.asyncio_detailed(client=c, **kw),
    "raw_response": lambda c, kw: c.products.with_raw_response.list(**kw),
    "walk": lambda c, kw: c.products.list(**kw).collect(max_items=1),
}


@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize(
    ("given", "words"),
    [
        ({"ids": []}, "'ids' is an empty list: Katana ignores an empty filter"),
        ({"ids": set()}, "'ids' is an empty list"),
        ({"ids": iter(range(0))}, "'ids' is an empty list"),
        ({"ids": [1, None]}, "'ids' is a list holding None or a list"),
        ({"ids": [[1, 2]]}, "'ids' is a list holding None or a list"),
        ({"name": b"abc"}, "'name' is bytes; decode them to str first"),
        ({"name": object()}, "'name' is a object, which has no text Katana reads"),
        ({"purchase_uom_conversion_rate": Decimal("NaN")}, "is Decimal NaN, which is not"),
        ({"purchase_uom_conversion_rate": float("inf")}, "is float inf, which is not"),
        ({"purchase_uom_conversion_rate": float("nan")}, "is float nan, which is not"),
        (
            {"updated_at_min": datetime.datetime(2024, 1, 1, 10)},  # noqa: DTZ001
            "'updated_at_min' is a datetime with no time zone",
        ),
    ],
)
async def test_a_value_katana_would_misread_is_refused_before_sending(
    call: str, given: dict[str, Any], words: str
) -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        with pytest.raises(KatanaParameterError) as caught:
            await CALLS[call](client, given)
    assert words in str(caught.value)
    assert "nothing was sent" in str(caught.value)
    assert (caught.value.operation, caught.value.parameter) == ("getAllProducts", next(iter(given)))
    assert recorder.requests == []


class Index:
    """An integer of another library (numpy's int64, say): it has `__index__`."""

    def __index__(self) -> int:
        return 7


class Kind(enum.Enum):
    PRODUCT = "product"


@pytest.mark.parametrize("call", list(CALLS))
@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({"ids": range(1, 4)}, [("ids", "1"), ("ids", "2"), ("ids", "3")]),
        ({"ids": {3: "c", 1: "a"}.keys()}, [("ids", "3"), ("ids", "1")]),
        ({"ids": {10, 9, 2}}, [("ids", "2"), ("ids", "9"), ("ids", "10")]),
        ({"ids": frozenset({1, "2"})}, [("ids", "1"), ("ids", "2")]),
        ({"default_supplier_id": Index()}, [("default_supplier_id", "7")]),
        ({"name": uuid.UUID(int=1)}, [("name", "00000000-0000-0000-0000-000000000001")]),
        (
            {"updated_at_min": datetime.datetime(2024, 1, 1, 10, tzinfo=UTC)},
            [("updated_at_min", "2024-01-01T10:00:00.000Z")],
        ),
        (
            {"purchase_uom_conversion_rate": Decimal("1E+2")},
            [("purchase_uom_conversion_rate", "100")],
        ),
    ],
)
async def test_values_are_sent_as_katana_reads_them(
    call: str, given: dict[str, Any], sent: list[tuple[str, str]]
) -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        await CALLS[call](client, given)
    query = [pair for pair in recorder.query() if pair[0] not in {"page", "limit"}]
    assert query == sent


async def test_a_generator_of_ids_is_sent_as_its_values() -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        await client.products.with_raw_response.list(ids=(i * 2 for i in (1, 2)))  # type: ignore[arg-type]
    assert recorder.query() == [("ids", "2"), ("ids", "4")]


async def test_extra_query_is_written_as_the_operations_own_parameters_are() -> None:
    recorder = Recorder()
    when = datetime.datetime(2024, 1, 1, tzinfo=UTC)
    extra = {"x": Decimal("1E+2"), "t": when, "e": Kind.PRODUCT, "s": {2, 1}, "n": None, "b": True}
    async with client_for(recorder) as client:
        await client.with_options(extra_query=extra).products.with_raw_response.list()
    assert recorder.query() == [
        ("x", "100"),
        ("t", "2024-01-01T00:00:00.000Z"),
        ("e", "product"),
        ("s", "1"),
        ("s", "2"),
        ("b", "true"),
    ]


async def test_an_extra_query_value_with_no_text_is_refused_naming_its_key() -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        naive_time = datetime.datetime(2024, 1, 1)  # noqa: DTZ001 - what is refused
        naive = client.with_options(extra_query={"since": naive_time})
        with pytest.raises(KatanaParameterError, match="extra_query 'since' is a datetime with no"):
            await naive.products.with_raw_response.list()
        with pytest.raises(KatanaParameterError, match="extra_query 'ids' is an empty list"):
            await client.products.list(extra_query={"ids": []}).collect(max_items=1)
    assert recorder.requests == []


SECRET = "s3cr3t-value"


@pytest.mark.parametrize(
    ("headers", "words"),
    [
        ({"X-A": f"{SECRET}\r\nX-Evil: 1"}, "the value of 'X-A' holds a line break"),
        ({"X-A": f"{SECRET}\n"}, "the value of 'X-A' holds a line break"),
        ({"X-A": f"café {SECRET}"}, "non-ASCII"),
        ({"X-A": f"{SECRET}".encode()}, "the value of 'X-A' is a bytes; pass str"),
        ({"X-A": 5}, "the value of 'X-A' is a int; pass str"),
        ({b"Authorization": f"Bearer {SECRET}"}, "is not a header name"),
        ({"X A": SECRET}, "'X A' is not a header name"),
        ({"": SECRET}, "'' is not a header name"),
        ({"X-Ä": SECRET}, "is not a header name"),
    ],
)
async def test_extra_headers_that_are_no_header_are_refused_without_their_value(
    headers: dict[Any, Any], words: str
) -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        with pytest.raises(KatanaConfigError) as by_call:
            await client.products.list(extra_headers=headers).collect(max_items=1)
        with pytest.raises(KatanaConfigError) as by_copy:
            client.with_options(extra_headers=headers)
    for caught in (by_call, by_copy):
        assert words in str(caught.value)
        assert SECRET not in str(caught.value)
        assert SECRET not in repr(caught.value)
    assert recorder.requests == []


async def test_printable_extra_headers_are_sent() -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        await client.with_options(
            extra_headers={"X-Job": "nightly\tjob 42"}
        ).products.with_raw_response.list()
    assert recorder.requests[0].headers["X-Job"] == "nightly\tjob 42"


def test_the_sync_client_refuses_an_empty_id_list_before_sending() -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    with (
        SyncKatanaClient(api_key="k", base_url=BASE, transport=transport) as client,
        pytest.raises(KatanaParameterError, match="'ids' is an empty list"),
    ):
        client.products.with_raw_response.list(ids=[])
    assert recorder.requests == []


# Request bodies: refused before sending, saying where the value is.
BODIES: list[tuple[Any, str, str]] = [
    (None, "body", "the request body is a NoneType; pass the operation's model"),
    ('{"name": "x"}', "body", "the request body is a str"),
    (b'{"name": "x"}', "body", "the request body is a bytes"),
    (
        {"name": "x", "variants": [{"sku": "a", "sales_price": Decimal("NaN")}]},
        "body.variants[0].sales_price",
        "at variants[0].sales_price holds the non-finite number NaN",
    ),
    (
        {"name": "x", "custom": {"when": datetime.datetime(2024, 1, 1)}},  # noqa: DTZ001
        "body.custom.when",
        "at custom.when holds a datetime with no time zone",
    ),
    ({"name": "x", "tags": {"a", "b"}}, "body.tags", "at tags holds a set, which JSON cannot"),
    ({"name": "x", "map": {1: "a"}}, "body.map", "at map holds an object key of type int"),
]


@pytest.mark.parametrize(("body", "parameter", "words"), BODIES)
async def test_a_body_katana_cannot_read_is_refused_naming_where(
    body: Any, parameter: str, words: str
) -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        with pytest.raises(KatanaParameterError) as caught:
            await client.products.create(body)
    assert str(caught.value).startswith("createProduct: ")
    assert words in str(caught.value)
    assert "nothing was sent" in str(caught.value)
    assert caught.value.parameter == parameter
    assert recorder.requests == []


async def test_a_naive_datetime_in_a_model_body_is_refused() -> None:
    recorder = Recorder()
    body = CreatePurchaseOrderDto(
        location_id=1, purchase_order_rows=[], supplier_id=2, additional_info="x"
    )
    body["expected_by"] = datetime.datetime(2024, 5, 1, 9)  # noqa: DTZ001 - refused
    async with client_for(recorder) as client:
        with pytest.raises(KatanaParameterError, match="at expected_by holds a datetime with no"):
            await client.purchase_orders.create(body)
    assert recorder.requests == []


async def test_a_datetime_on_a_date_field_is_sent_as_its_date() -> None:
    recorder = Recorder()
    when = datetime.datetime(2024, 5, 1, 23, 30, tzinfo=UTC)
    body = CreatePurchaseOrderDto(
        location_id=1, purchase_order_rows=[], supplier_id=2, order_created_date=when
    )
    async with client_for(recorder) as client:
        await client.purchase_orders.with_raw_response.create(body)
    sent = recorder.requests[0].content
    assert b'"order_created_date":"2024-05-01"' in sent


async def test_a_lone_surrogate_in_a_query_value_is_refused_before_sending() -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        with pytest.raises(KatanaParameterError, match="'name' is text holding half of a UTF-16"):
            await client.products.with_raw_response.list(name="broken \ud83d")
    assert recorder.requests == []


async def test_a_record_holding_a_lone_surrogate_is_written_back_as_it_was_read() -> None:
    # json.loads reads "\\ud83d" (half an emoji, as some systems send) into a str no
    # UTF-8 holds; writing the record back used to fail with a raw UnicodeEncodeError.
    recorder = Recorder()
    body = CreatePurchaseOrderDto.from_json(
        b'{"location_id": 1, "supplier_id": 2, "purchase_order_rows": [],'
        b' "additional_info": "note \\ud83d end"}'
    )
    async with client_for(recorder) as client:
        await client.purchase_orders.with_raw_response.create(body)
    sent = recorder.requests[0].content
    assert b'"additional_info":"note \\ud83d end"' in sent
    assert CreatePurchaseOrderDto.from_json(sent).additional_info == "note \ud83d end"


async def test_an_int_too_long_to_write_is_refused_naming_where() -> None:
    recorder = Recorder()
    async with client_for(recorder) as client:
        with pytest.raises(KatanaParameterError, match="at custom holds an int too long") as caught:
            await client.products.create({"name": "x", "custom": 10**5000})  # type: ignore[arg-type]
    assert caught.value.parameter == "body.custom"
    assert recorder.requests == []
