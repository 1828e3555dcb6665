"""Every documented response example comes back as a typed model that round-trips.

For each operation with a 2xx example in the built spec, the generated async function is
called against a mocked transport that answers with that example; the result must be
the operation's named model (not a dict, not ``Any``), and its ``to_dict()`` must give
the example back, with numbers and dates compared by value and exactly.
"""

from __future__ import annotations

import datetime
import importlib
import inspect
import json
import re
import typing
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from katana_client import KatanaClient
from katana_client._runtime._exchange import exchange_of
from katana_client.testing import load_spec

ROOT = Path(__file__).resolve().parent.parent
# Parsed once per session (a checkout's FakeKatana serves the same file), read only.
SPEC = load_spec(ROOT / "openapi" / "katana-openapi.yaml").document
NUMERIC = re.compile(r"^-?\d+(\.\d+)?([eE][-+]?\d+)?$")


def _snake(name: str) -> str:
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).lower()


def _cases() -> list[Any]:
    cases = []
    for item in SPEC["paths"].values():
        for op in item.values():
            for code, response in op["responses"].items():
                media = response.get("content", {}).get("application/json", {})
                if code.startswith("2") and "example" in media:
                    cases.append(pytest.param(op, int(code), media, id=f"{op['operationId']}"))
    return cases


CASES = _cases()


def _module(op: dict[str, Any]) -> ModuleType:
    return importlib.import_module(
        f"katana_client.generated.api.{op['tags'][0]}.{_snake(op['operationId'])}"
    )


def _norm(value: Any) -> Any:
    """A value as compared: numbers (and numeric strings) as Decimal, dates as datetimes."""
    if isinstance(value, dict):
        return {k: _norm(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, int | float | Decimal):
        return Decimal(str(value))
    if isinstance(value, datetime.datetime | datetime.date):
        return value
    if isinstance(value, str):
        if NUMERIC.match(value):
            return Decimal(value)
        try:
            return datetime.datetime.fromisoformat(value)
        except ValueError:
            return value
    return value


def _argument(name: str, annotation: Any) -> Any:
    """A value for a required argument of a generated function."""
    if name == "body":
        model = next(
            a for a in typing.get_args(annotation) or (annotation,) if hasattr(a, "from_dict")
        )
        # An empty body (this test is about the response): no field set, none sent.
        return object.__new__(model)
    return "1" if annotation is str else 1


def _model_name(schema: dict[str, Any]) -> str:
    ref = schema.get("$ref") or schema["items"]["$ref"]
    return str(ref.rsplit("/", 1)[-1])


def test_every_example_operation_is_covered() -> None:
    assert len(CASES) >= 170


@pytest.mark.parametrize(("op", "status", "media"), CASES)
async def test_example_round_trips_through_the_typed_model(
    op: dict[str, Any], status: int, media: dict[str, Any]
) -> None:
    module = _module(op)
    example = media["example"]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(status, content=json.dumps(example).encode())

    hints = typing.get_type_hints(module.asyncio)
    assert hints["return"] is not Any
    kwargs = {
        name: _argument(name, hints[name])
        for name, param in inspect.signature(module.asyncio).parameters.items()
        if name != "client" and param.default is inspect.Parameter.empty
    }
    async with KatanaClient(
        api_key="test-key",
        base_url="https://api.katanamrp.com/v1",
        transport=httpx.MockTransport(answer),
    ) as client:
        result = await module.asyncio(client=client, **kwargs)

    assert len(seen) == 1
    assert seen[0].method == module.OPERATION.method
    # The layers below the endpoint learn the operation and its repeat-safety from here.
    operation = exchange_of(seen[0]).operation
    assert operation is module.OPERATION
    assert operation.id == op["operationId"]
    assert operation.idempotent is op["x-katana-idempotent"]
    model = _model_name(media["schema"])
    if media["schema"].get("type") == "array":
        assert isinstance(result, list)
        assert all(type(item).__name__ == model for item in result)
        produced = [item.to_dict() for item in result]
    else:
        assert type(result).__name__ == model
        produced = result.to_dict()
    assert _norm(produced) == _norm(example)


@pytest.mark.parametrize(("op", "status", "media"), CASES)
def test_the_fast_path_reads_each_example_as_key_by_key_reading_does(
    op: dict[str, Any], status: int, media: dict[str, Any], read_both_ways: Any
) -> None:
    models = importlib.import_module("katana_client.generated.models")
    cls = getattr(models, _model_name(media["schema"]))
    example = media["example"]
    for document in example if isinstance(example, list) else [example]:
        fast, reference = read_both_ways(cls, json.dumps(document).encode())
        assert fast == [reference, reference]
