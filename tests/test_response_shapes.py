"""Every operation reads whatever envelope and status Katana answers with, into its type.

Katana's envelopes and statuses differ from its documents (KATANA_API.md, "Response
shapes reported from the live API"). These tests answer each of the 223 generated
operations over httpx's MockTransport with each shape in turn and check the result is
what the signature promises:

- a list operation: `{"data": [...]}`, a bare array and a lone object all give its
  typed list (a page model whose `data` holds models, or a list of models), in the
  endpoint's result and in the pager;
- a record operation: an object, or the one object of an array or of `data`, gives the
  model; an empty array or several records raise `KatanaResponseShapeError`;
- an operation documented without a body reads one, when it comes, as its resource's
  record; any operation answered 204 gives None.
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import typing
from collections.abc import Callable
from types import ModuleType
from typing import Any, Final

import httpx
import pytest
from test_fake_operations import SPEC, _arguments, result_type

import katana_client.generated.api as api_package
from katana_client import AsyncPager, KatanaClient, KatanaResponseShapeError
from katana_client._runtime import Model
from katana_client.generated.models import BomRowCreateDto, DeleteSerialNumberDto

ENDPOINTS: list[ModuleType] = sorted(
    (
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(api_package.__path__, api_package.__name__ + ".")
        if not info.ispkg
    ),
    key=lambda module: str(module.OPERATION.id),
)


def _id(module: ModuleType) -> str:
    return str(module.OPERATION.id)


def _lists(module: ModuleType) -> bool:
    return module.OPERATION.list_items is not None or typing.get_origin(result_type(module)) is list


def _record_class(module: ModuleType) -> type[Model] | None:
    """The model a record operation answers with (documented or read where none is)."""
    if _lists(module):
        return None
    promised = result_type(module)
    options = typing.get_args(promised) or (promised,)
    found = [o for o in options if isinstance(o, type) and issubclass(o, Model)]
    return found[0] if found else None


LISTS = [m for m in ENDPOINTS if _lists(m)]
RECORDS = [m for m in ENDPOINTS if _record_class(m) is not None and result_type(m) is not Any]
DOCUMENTED_RECORDS = [m for m in RECORDS if typing.get_args(result_type(m)) == ()]
UNDOCUMENTED_RECORDS = [m for m in RECORDS if typing.get_args(result_type(m)) != ()]
PAGED = [m for m in LISTS if m.OPERATION.list_items is not None]


def _item_schema(module: ModuleType) -> str:
    """The schema name of one record of a list operation."""
    op = SPEC.operations[_id(module)]
    assert op.response_pointer is not None
    schema = SPEC.resolve(op.response_pointer.rsplit("/schema", 1)[0])["schema"]
    ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
    name = str(ref).rsplit("/", 1)[-1]
    return name[: -len("List")] if op.list_items == "data" else name


def _item(module: ModuleType) -> dict[str, Any]:
    """One record as Katana sends it: from the operation's example, else the schema."""
    example = SPEC.example(_id(module))
    if isinstance(example, dict) and isinstance(example.get("data"), list):
        example = example["data"]
    if isinstance(example, list):
        example = example[0] if example else None
    if not isinstance(example, dict) or not example:
        model = _record_class(module)
        name = model.__name__ if model is not None else _item_schema(module)
        example = SPEC.sample(SPEC.resolve(f"#/components/schemas/{name}"), full=True)
    assert isinstance(example, dict)
    return example


def _records(module: ModuleType, count: int, first_id: int = 1) -> list[dict[str, Any]]:
    records = [copy.deepcopy(_item(module)) for _ in range(count)]
    for offset, record in enumerate(records):
        if isinstance(record.get("id"), int):
            record["id"] = first_id + offset
    return records


def _client(reply: Callable[[httpx.Request], httpx.Response]) -> KatanaClient:
    return KatanaClient(
        api_key="test-key",
        base_url="https://api.example.test/v1",
        transport=httpx.MockTransport(reply),
        rate_limit=False,
    )


def _json(body: Any, status: int = 200) -> Callable[[httpx.Request], httpx.Response]:
    return lambda request: httpx.Response(status, content=json.dumps(body).encode())


async def _call(module: ModuleType, reply: Callable[[httpx.Request], httpx.Response]) -> Any:
    op = SPEC.operations[_id(module)]
    async with _client(reply) as client:
        return await module.asyncio(client=client, **_arguments(op, module))


ENVELOPES: dict[str, Callable[[list[dict[str, Any]]], Any]] = {
    "data": lambda records: {"data": records},
    "bare array": lambda records: records,
    "lone object": lambda records: records[0],
}


def _list_records(result: Any) -> list[Any]:
    if isinstance(result, list):
        return result
    assert isinstance(result, Model)
    records = getattr(result, "data", None)
    assert isinstance(records, list), f"a page without records: {result!r:.200}"
    return records


def test_the_walk_covers_every_generated_operation() -> None:
    assert len(ENDPOINTS) == 223
    assert len(LISTS) == 62  # 58 list operations, and 4 POSTs answering a bare array
    assert len(DOCUMENTED_RECORDS) + len(UNDOCUMENTED_RECORDS) == len(RECORDS)


@pytest.mark.parametrize("envelope", ENVELOPES)
@pytest.mark.parametrize("module", LISTS, ids=_id)
async def test_a_list_operation_reads_every_envelope_into_its_typed_list(
    module: ModuleType, envelope: str
) -> None:
    count = 1 if envelope == "lone object" else 2
    result = await _call(module, _json(ENVELOPES[envelope](_records(module, count))))

    records = _list_records(result)
    assert [type(record).__name__ for record in records] == [_item_schema(module)] * count


@pytest.mark.parametrize("envelope", ENVELOPES)
@pytest.mark.parametrize("module", PAGED, ids=_id)
async def test_the_pager_walks_every_envelope(module: ModuleType, envelope: str) -> None:
    paged = module.OPERATION.pagination in ("query", "body")
    pages = [_records(module, 2, 1), _records(module, 1, 3)] if paged else [_records(module, 2)]
    if envelope == "lone object":
        pages = [pages[0][:1]]  # a lone object is a short page: the last
    answers = iter(pages)

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(ENVELOPES[envelope](next(answers))).encode())

    op = SPEC.operations[_id(module)]
    arguments = _arguments(op, module)
    async with _client(reply) as client:
        pager: AsyncPager[Any] = AsyncPager(module.asyncio_detailed, client, arguments, page_size=2)
        walked = [record async for record in pager]

    assert len(walked) == sum(len(page) for page in pages)
    assert {type(record).__name__ for record in walked} == {_item_schema(module)}


async def _walk_into(pager: AsyncPager[Any], walked: list[Any]) -> None:
    async for record in pager:
        walked.append(record)


@pytest.mark.parametrize(
    ("lone", "reads"),
    [({"id": 5}, True), ({"other": 1, "statusText": "x"}, False)],
)
async def test_a_lone_object_is_a_page_of_one_only_when_it_is_a_record(
    lone: dict[str, Any], reads: bool
) -> None:
    from katana_client.generated.api.products import get_all_products  # noqa: PLC0415

    if reads:
        page = await _call(get_all_products, _json(lone))
        assert [product.id for product in page.data] == [5]
    else:
        with pytest.raises(KatanaResponseShapeError, match="where a list of Product records"):
            await _call(get_all_products, _json(lone))


# What a gateway or Katana itself may answer 200 with instead of a page.
ERROR_OBJECT: Final = {"statusCode": 503, "name": "ServiceUnavailable", "message": "later"}


@pytest.mark.parametrize("module", LISTS, ids=_id)
async def test_an_error_object_answered_as_a_list_is_refused_not_read_as_a_record(
    module: ModuleType,
) -> None:
    # Read as a list of one, it was a record whose every field is missing (and a short
    # page that ended a walk without a word).
    with pytest.raises(KatanaResponseShapeError, match="Katana's error object") as caught:
        await _call(module, _json(ERROR_OBJECT))
    assert caught.value.status_code == 200


@pytest.mark.parametrize("module", DOCUMENTED_RECORDS, ids=_id)
async def test_an_error_object_answered_as_a_record_is_refused(module: ModuleType) -> None:
    # Not a record whose every field is missing.
    with pytest.raises(KatanaResponseShapeError, match="Katana's error object") as caught:
        await _call(module, _json(ERROR_OBJECT))
    assert caught.value.content == json.dumps(ERROR_OBJECT).encode()


@pytest.mark.parametrize("module", UNDOCUMENTED_RECORDS, ids=_id)
async def test_an_error_object_where_no_body_is_documented_gives_none(module: ModuleType) -> None:
    assert await _call(module, _json(ERROR_OBJECT)) is None


@pytest.mark.parametrize(
    "module", [m for m in PAGED if m.OPERATION.pagination in ("query", "body")], ids=_id
)
async def test_a_walk_stops_with_an_error_at_an_error_object_page(module: ModuleType) -> None:
    answers = iter([{"data": _records(module, 2, 1)}, ERROR_OBJECT])

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps(next(answers)).encode())

    op = SPEC.operations[_id(module)]
    walked: list[Any] = []
    async with _client(reply) as client:
        pager: AsyncPager[Any] = AsyncPager(
            module.asyncio_detailed, client, _arguments(op, module), page_size=2
        )
        with pytest.raises(KatanaResponseShapeError) as caught:
            await _walk_into(pager, walked)
    assert len(walked) == 2  # page 1's records, and no made-up third
    assert "asking again is safe" in str(caught.value) or op.method != "get"
    assert any("start_page=2" in note for note in caught.value.__notes__)


@pytest.mark.parametrize("envelope", ["object", "array", "data"])
@pytest.mark.parametrize("module", DOCUMENTED_RECORDS, ids=_id)
async def test_a_record_operation_reads_its_one_record_in_any_envelope(
    module: ModuleType, envelope: str
) -> None:
    record = _item(module)
    body = {"object": record, "array": [record], "data": {"data": [record]}}[envelope]

    result = await _call(module, _json(body))

    assert type(result) is result_type(module)


@pytest.mark.parametrize("count", [0, 2])
@pytest.mark.parametrize("module", DOCUMENTED_RECORDS, ids=_id)
async def test_a_record_operation_answered_with_no_record_or_several_raises(
    module: ModuleType, count: int
) -> None:
    with pytest.raises(KatanaResponseShapeError) as caught:
        await _call(module, _json(_records(module, count)))

    assert caught.value.operation == _id(module)
    assert caught.value.status_code == 200
    assert f"array of {count} element(s)" in str(caught.value)


@pytest.mark.parametrize("module", UNDOCUMENTED_RECORDS, ids=_id)
async def test_a_body_where_none_is_documented_is_read_as_the_record(module: ModuleType) -> None:
    model = _record_class(module)

    result = await _call(module, _json(_item(module)))

    assert model is not None
    assert type(result) is model


@pytest.mark.parametrize("module", UNDOCUMENTED_RECORDS, ids=_id)
async def test_a_body_where_none_is_documented_that_is_no_record_gives_none(
    module: ModuleType,
) -> None:
    assert await _call(module, _json([1, 2])) is None


@pytest.mark.parametrize("module", ENDPOINTS, ids=_id)
async def test_every_operation_answered_204_gives_none(module: ModuleType) -> None:
    assert await _call(module, lambda request: httpx.Response(204)) is None


async def test_operators_listed_in_a_data_envelope_are_operators() -> None:
    # KATANA_API.md: live GET /operators answers {"data": [...]}; the portal, a bare array.
    reply = _json({"data": [{"id": 1, "operator_name": "Luke"}, {"id": 2}]})
    async with _client(reply) as client:
        operators = await client.operators.list().collect(max_items=10)
        page = await client.operators.with_raw_response.list()
    assert [type(o).__name__ for o in operators] == ["Operator", "Operator"]
    assert [o.id for o in operators] == [1, 2]
    assert page.parsed is not None
    assert [o.id for o in page.parsed] == [1, 2]


async def test_bin_locations_listed_in_a_bare_array_are_a_page_of_bin_locations() -> None:
    # KATANA_API.md: live GET /bin_locations answers a bare array; the portal, {"data": ...}.
    reply = _json([{"id": 7, "name": "A-1"}])
    async with _client(reply) as client:
        locations = [location async for location in client.bin_locations.list()]
    assert [(type(b).__name__, b.id) for b in locations] == [("BinLocation", 7)]


async def test_a_bom_row_create_answered_with_the_row_returns_the_row() -> None:
    # KATANA_API.md: POST /bom_rows answers 200 with the created row; documented 204.
    reply = _json({"id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "quantity": 2})
    body = SPEC.sample_body("batchCreateBomRows")
    async with _client(reply) as client:
        row = await client.bom_rows.create(BomRowCreateDto.from_dict(body))
    assert type(row).__name__ == "BomRow"
    assert row is not None
    assert row.id == "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"


async def test_a_product_get_answered_with_two_products_says_so() -> None:
    reply = _json([{"id": 1}, {"id": 2}])
    async with _client(reply) as client:
        with pytest.raises(KatanaResponseShapeError, match="one Product object") as caught:
            await client.products.get(1)
    assert caught.value.content == b'[{"id": 1}, {"id": 2}]'


async def test_a_serial_number_delete_answered_204_returns_none() -> None:
    # KATANA_API.md: DELETE /serial_numbers answers 204; the portal documents a body.
    body = DeleteSerialNumberDto.from_dict(SPEC.sample_body("deleteSerialNumbers"))
    async with _client(lambda request: httpx.Response(204)) as client:
        await client.serial_numbers.delete(body)  # no KatanaEmptyResponseError
        response = await client.serial_numbers.with_raw_response.delete(body)
    assert (response.status_code, response.parsed) == (204, None)
