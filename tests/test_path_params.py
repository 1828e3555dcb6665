"""Path parameters cannot leave their resource, at every operation and every action.

Walks the spec: each operation with a `{placeholder}` in its path is called through its
endpoint module, its resource action and the action's raw twin, with values that could
name another path or are of the wrong type. Each must raise `KatanaParameterError`
(a `ValueError`) before anything is sent; valid values, and text that only needs
percent-encoding, must reach exactly the operation's own path.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import re
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from katana_client import KatanaClient, KatanaEmptyResponseError, KatanaError, KatanaParameterError
from katana_client._runtime import path_param
from katana_client.generated.resources import ACTIONS
from katana_client.testing import Operation, load_spec

API_DIR = Path(__file__).resolve().parent.parent / "katana_client" / "generated" / "api"
SPEC = load_spec()
WITH_PATH = sorted((op for op in SPEC if op.path_params), key=lambda op: op.operation_id)

# Whatever the type, these name another path, or are no id at all.
ANY_KIND_HOSTILE: list[object] = ["", ".", "..", "/", "%2e%2e", "%2E%2E", "\\", None, b"1"]
INT_HOSTILE: list[object] = [
    *ANY_KIND_HOSTILE,
    "1",
    " 1",
    "1/..",
    "?x",
    "#x",
    True,
    False,
    1.0,
    Decimal(1),
    0,
    -1,
    2**63,
    10**5000,
]
STR_HOSTILE: list[object] = [
    *ANY_KIND_HOSTILE,
    "a/..",
    "../x",
    "a\\b",
    "%2F",
    "a%2f..",
    "%5C",
    "x\n",
    "\x00",
    "\t",
    "\x7f",
    1,
    True,
]
# Text that only needs encoding: it must stay inside the one segment.
STR_ENCODED = ["...", "a b", "?x=1", "#frag", "%41", "100%", "é", ";", "@:"]


class Recorder:
    """An httpx handler that keeps every request and answers 204 (no body)."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(204)

    def client(self) -> KatanaClient:
        return KatanaClient(api_key="path-test", transport=httpx.MockTransport(self))


def _modules_by_operation() -> dict[str, ModuleType]:
    modules = {}
    for path in sorted(API_DIR.glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        module = importlib.import_module(
            f"katana_client.generated.api.{path.parent.name}.{path.stem}"
        )
        modules[module.OPERATION.id] = module
    return modules


MODULES = _modules_by_operation()


def _kind(op: Operation, name: str) -> str:
    (param,) = (p for p in op.parameters if p.get("in") == "path" and p.get("name") == name)
    kind = param["schema"]["type"]
    assert kind in ("integer", "string"), (op.operation_id, param)
    return "int" if kind == "integer" else "str"


def _hostile(op: Operation, name: str) -> list[object]:
    return INT_HOSTILE if _kind(op, name) == "int" else STR_HOSTILE


def _valid(op: Operation, name: str) -> object:
    return 7 if _kind(op, name) == "int" else "rec-7"


def _expected_path(op: Operation, values: dict[str, object]) -> str:
    path = op.path
    for name, value in values.items():
        text = str(value) if isinstance(value, int) else quote(str(value), safe="")
        path = path.replace("{" + name + "}", text)
    return "/v1" + path


async def _call_module(op: Operation, client: KatanaClient, values: dict[str, object]) -> None:
    """Call the operation's `asyncio_detailed` with `values`, an empty body and null for
    the rest."""
    function = MODULES[op.operation_id].asyncio_detailed
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(function).parameters.items():
        if name == "client" or param.default is not inspect.Parameter.empty:
            continue
        kwargs[name] = values.get(name, {} if name == "body" else None)
    await function(client=client, **kwargs)


async def _call_action(
    op: Operation, client: KatanaClient, values: dict[str, object], *, raw: bool
) -> None:
    """Call `client.<tag>.<action>` (or its raw twin) with `values`, an empty body and
    null for the rest."""
    (action,) = (name for name, called in ACTIONS[op.tag].items() if called == op.operation_id)
    resource: Any = getattr(client, op.tag)
    method = getattr(resource.with_raw_response if raw else resource, action)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if param.default is not inspect.Parameter.empty or param.kind is param.VAR_KEYWORD:
            continue
        value = values.get(name, {} if name == "body" else None)
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    if inspect.iscoroutinefunction(method):
        await method(*args, **kwargs)
    else:  # a list action: its pager sends nothing until iterated
        async for _page in method(*args, **kwargs).pages():
            break


def test_the_walk_covers_every_operation_with_a_path_parameter() -> None:
    assert len(list(SPEC)) == 223
    with_placeholder = {
        operation for operation, module in MODULES.items() if "{" in module.OPERATION.path
    }
    assert {op.operation_id for op in WITH_PATH} == with_placeholder
    assert len(with_placeholder) == 109


@pytest.mark.parametrize("op", WITH_PATH, ids=lambda op: op.operation_id)
async def test_endpoint_module_refuses_hostile_path_values_before_sending(op: Operation) -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        for name in op.path_params:
            for value in _hostile(op, name):
                values = {other: _valid(op, other) for other in op.path_params}
                values[name] = value
                with pytest.raises(KatanaParameterError) as caught:
                    await _call_module(op, client, values)
                error = caught.value
                assert isinstance(error, ValueError)
                assert isinstance(error, KatanaError)
                assert (error.operation, error.parameter) == (op.operation_id, name)
                assert op.operation_id in str(error)
                assert repr(name) in str(error)
                assert "nothing was sent" in str(error)
    assert recorder.requests == []


@pytest.mark.parametrize("raw", [False, True], ids=["action", "raw"])
@pytest.mark.parametrize("op", WITH_PATH, ids=lambda op: op.operation_id)
async def test_resource_action_refuses_hostile_path_values_before_sending(
    op: Operation, raw: bool
) -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        for name in op.path_params:
            for value in _hostile(op, name):
                values = {other: _valid(op, other) for other in op.path_params}
                values[name] = value
                with pytest.raises(KatanaParameterError) as caught:
                    await _call_action(op, client, values, raw=raw)
                assert (caught.value.operation, caught.value.parameter) == (
                    op.operation_id,
                    name,
                )
    assert recorder.requests == []


@pytest.mark.parametrize("op", WITH_PATH, ids=lambda op: op.operation_id)
async def test_valid_path_values_reach_the_operations_own_path(op: Operation) -> None:
    recorder = Recorder()
    values = {name: _valid(op, name) for name in op.path_params}
    async with recorder.client() as client:
        await _call_module(op, client, values)
        # The 204 carries no body, which a get refuses; only the request matters here.
        with contextlib.suppress(KatanaEmptyResponseError):
            await _call_action(op, client, values, raw=False)
    expected = _expected_path(op, values)
    assert [(r.method, r.url.raw_path.decode("ascii")) for r in recorder.requests] == [
        (op.method, expected),
        (op.method, expected),
    ]


STR_OPERATIONS = [
    op for op in WITH_PATH if any(_kind(op, name) == "str" for name in op.path_params)
]


@pytest.mark.parametrize("op", STR_OPERATIONS, ids=lambda op: op.operation_id)
async def test_text_path_values_are_encoded_into_one_segment(op: Operation) -> None:
    (name,) = op.path_params
    recorder = Recorder()
    async with recorder.client() as client:
        for value in STR_ENCODED:
            await _call_module(op, client, {name: value})
    sent = [r.url.raw_path.decode("ascii") for r in recorder.requests]
    assert sent == [_expected_path(op, {name: value}) for value in STR_ENCODED]
    depth = _expected_path(op, {name: "x"}).count("/")
    assert all(path.count("/") == depth for path in sent)


def test_the_error_shows_a_long_value_cut_short() -> None:
    with pytest.raises(KatanaParameterError) as caught:
        path_param("deleteProduct", "id", "9" * 10_000, "int")
    message = str(caught.value)
    assert len(message) < 300
    assert "must be an int" in message
    assert "got str '999" in message


async def test_products_delete_dot_dot_sends_nothing() -> None:
    recorder = Recorder()
    async with recorder.client() as client:
        for value in ("..", ".", ""):
            with pytest.raises(ValueError, match="deleteProduct: path parameter 'id'"):
                await client.products.delete(value)  # type: ignore[arg-type]
        await client.products.delete(12)
    assert [(r.method, r.url.raw_path) for r in recorder.requests] == [
        ("DELETE", b"/v1/products/12")
    ]


@pytest.mark.parametrize(
    ("call", "says"),
    [
        # 12 characters that plain notation would write as 200 million.
        (
            lambda c: c.products.list(purchase_uom_conversion_rate=Decimal("1E+200000000")),
            "query parameter 'purchase_uom_conversion_rate' is a Decimal of magnitude 1E+200000000",
        ),
        (
            lambda c: c.products.list(purchase_uom_conversion_rate=Decimal("1E-200000000")),
            "query parameter 'purchase_uom_conversion_rate' is a Decimal of magnitude",
        ),
        (lambda c: c.products.list(name="x" * 70_000), "URL would be over 16,384 characters"),
        (lambda c: c.products.list(ids=list(range(10**12, 10**12 + 2_000))), "URL would be over"),
        # Short as text, over httpx's limit once percent-encoded (12 characters each).
        (lambda c: c.products.list(name="\U0001f600" * 6_000), "URL would be over"),
        (lambda c: c.bom_rows.delete("a" * 70_000), "URL would be over"),
    ],
)
async def test_a_value_too_long_to_send_is_refused_before_sending(call: Any, says: str) -> None:
    # Refused as the SDK's error, saying what to change, without building the text
    # (hundreds of MiB for the Decimal) and without anything reaching the server.
    recorder = Recorder()
    async with recorder.client() as client:
        with pytest.raises(KatanaParameterError, match=re.escape(says)):
            await call(client)
    assert recorder.requests == []
