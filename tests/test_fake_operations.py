"""The fake answers every generated operation in a way the SDK parses into its model.

Walks the spec: for each of the 223 operations the generated `asyncio_detailed` is
called against a fresh seeded `FakeKatana`, with path ids of 1 (every seeded collection
has a record 1) and the smallest body the spec accepts. The answer must be 2xx and,
where the spec names a response schema, parse into that generated model.

Both shapes the fake answers in are walked: the portal's examples, and the live shapes
(`FakeKatana(shapes="live")`: other envelopes, other statuses, decimals as strings,
extra fields and enum values). In both, the result is what the signature promises: a
model, a list of models, a page whose records are models, or None; never a dict.
"""

from __future__ import annotations

import importlib
import inspect
import re
import types
import typing
from types import ModuleType
from typing import Any

import httpx
import pytest

from katana_client._runtime import Model
from katana_client.testing import FakeKatana, Operation, load_spec

SPEC = load_spec()
OPERATIONS = sorted(SPEC, key=lambda op: op.operation_id)


def _module(op: Operation) -> ModuleType:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", op.operation_id).lower()
    return importlib.import_module(f"katana_client.generated.api.{op.tag}.{name}")


def _body(annotation: Any, sample: Any) -> Any:
    candidates = typing.get_args(annotation) or (annotation,)
    for candidate in candidates:
        if isinstance(sample, list) and typing.get_origin(candidate) is list:
            (item,) = typing.get_args(candidate)
            return [item.from_dict(x) for x in sample]
        if isinstance(sample, dict) and hasattr(candidate, "from_dict"):
            return candidate.from_dict(sample)
    return sample


def _arguments(op: Operation, module: ModuleType) -> dict[str, Any]:
    hints = typing.get_type_hints(module.asyncio_detailed)
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(module.asyncio_detailed).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        if name == "body":
            kwargs[name] = _body(hints[name], SPEC.sample_body(op.operation_id))
        else:
            kwargs[name] = "1" if hints[name] is str else 1
    return kwargs


def _model_name(op: Operation) -> str | None:
    if op.response_pointer is None:
        return None
    schema = SPEC.resolve(op.response_pointer.rsplit("/schema", 1)[0])["schema"]
    ref = schema.get("$ref") or schema.get("items", {}).get("$ref")
    return str(ref.rsplit("/", 1)[-1]) if ref else None


def test_the_walk_covers_every_operation_of_the_spec() -> None:
    assert len(OPERATIONS) == 223


def result_type(module: ModuleType) -> Any:
    """T of the endpoint's `Response[T]`: what its signature promises `parsed` is."""
    (result,) = typing.get_args(typing.get_type_hints(module.asyncio_detailed)["return"])
    return result


def assert_typed(parsed: Any, promised: Any) -> None:
    """`parsed` is what `promised` (a `Response[T]`'s T) says: never a dict for a model."""
    if promised is Any:  # documented without a body and without a record to read it
        return
    union = typing.get_origin(promised) in (typing.Union, types.UnionType)
    options = typing.get_args(promised) if union else (promised,)
    if parsed is None:
        return  # an empty body: `parsed` is `T | None` for every operation
    assert any(_is(parsed, option) for option in options), f"{parsed!r:.200} is no {promised}"


def _is(value: Any, option: Any) -> bool:
    if typing.get_origin(option) is list:
        (item,) = typing.get_args(option)
        return isinstance(value, list) and all(isinstance(x, item) for x in value)
    if not isinstance(option, type) or not isinstance(value, option):
        return False
    records = getattr(value, "data", None) if isinstance(value, Model) else None
    # A `{"data": [...]}` page: its records are models too.
    return not isinstance(records, list) or all(isinstance(x, Model) for x in records)


@pytest.mark.parametrize("shapes", ["examples", "live"])
@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_fake_answers_operation_with_its_typed_model(op: Operation, shapes: Any) -> None:
    module = _module(op)
    fake = FakeKatana(rate_limit=False, shapes=shapes)
    async with fake.client() as client:
        response = await module.asyncio_detailed(client=client, **_arguments(op, module))

    assert [r.operation_id for r in fake.requests] == [op.operation_id]
    assert_typed(response.parsed, result_type(module))
    model = _model_name(op)
    if model is None:
        assert response.status_code in (200, 204)
        return
    assert response.status_code == op.status
    parsed = response.parsed
    items = parsed if isinstance(parsed, list) else [parsed]
    assert items, "an empty bare array proves nothing about parsing"
    assert {type(item).__name__ for item in items} == {model}
    if op.list_items == "data":  # the page's records are there, and are models
        assert parsed.data
        assert all(isinstance(record, Model) for record in parsed.data)


async def _raw(shapes: Any, method: str, path: str, body: Any = None) -> httpx.Response:
    fake = FakeKatana(rate_limit=False, shapes=shapes)
    async with httpx.AsyncClient(
        transport=fake.transport(),
        base_url="http://127.0.0.1/v1",
        headers={"Authorization": "Bearer k"},
    ) as http:
        return await http.request(method, path, json=body)


@pytest.mark.parametrize(
    ("path", "documented", "live"),
    [("/operators", list, dict), ("/serial_numbers", list, dict), ("/bin_locations", dict, list)],
)
async def test_live_shapes_use_the_other_list_envelope(
    path: str, documented: type, live: type
) -> None:
    assert type((await _raw("examples", "GET", path)).json()) is documented
    assert type((await _raw("live", "GET", path)).json()) is live


async def test_live_shapes_answer_the_bom_row_create_with_the_row() -> None:
    body = {
        "product_item_id": 1,
        "product_variant_id": 1,
        "ingredient_variant_id": 2,
        "quantity": 3,
    }
    assert (await _raw("examples", "POST", "/bom_rows", body)).status_code == 204
    answer = await _raw("live", "POST", "/bom_rows", body)
    assert answer.status_code == 200
    assert answer.json()["quantity"] == 3


async def test_live_shapes_answer_the_serial_number_delete_with_204() -> None:
    body = SPEC.sample_body("deleteSerialNumbers")
    assert (await _raw("examples", "DELETE", "/serial_numbers", body)).status_code == 200
    answer = await _raw("live", "DELETE", "/serial_numbers", body)
    assert (answer.status_code, answer.content) == (204, b"")


async def test_live_shapes_send_the_reported_field_values() -> None:
    factory = (await _raw("live", "GET", "/factory")).json()
    assert factory["default_po_lead_time"] == "14"
    assert "currency" in factory
    metadata = (await _raw("live", "GET", "/purchase_order_accounting_metadata")).json()
    assert {"bill_id", "purchase_order_id", "received_items_group_id"} <= set(metadata["data"][0])
    rows = (await _raw("live", "GET", "/manufacturing_order_operation_rows")).json()["data"]
    assert rows[0]["planned_time_per_unit"] == "1.0000000000"
    orders = (await _raw("live", "GET", "/sales_orders")).json()["data"]
    assert orders[0]["status"] == "PARTIALLY_PACKED"


def test_unknown_shapes_are_refused() -> None:
    with pytest.raises(ValueError, match="shapes"):
        FakeKatana(shapes="other")  # type: ignore[arg-type]
