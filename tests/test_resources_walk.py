"""Every operation of the spec is reachable as `client.<tag>.<action>(...)`.

Walks the spec, not the generated code: for each of its operations the resource named
by the operation's tag must have an action that, called against the fake Katana, sends
exactly that operation, and its raw twin on `with_raw_response` must too.
"""

from __future__ import annotations

import inspect
import typing
from typing import Any

import pytest

from katana_client import AsyncPager, KatanaClient
from katana_client._resources import Resource
from katana_client.generated.resources import ACTIONS, RESOURCES, Resources
from katana_client.testing import FakeKatana, Operation, load_spec

SPEC = load_spec()
OPERATIONS = sorted(SPEC, key=lambda op: op.operation_id)
CLIENT = KatanaClient(api_key="walk", base_url="http://127.0.0.1:1")


def _action_for(op: Operation) -> str:
    names = [name for name, called in ACTIONS.get(op.tag, {}).items() if called == op.operation_id]
    assert len(names) == 1, f"{op.operation_id}: actions {names} on client.{op.tag}"
    return names[0]


def _body(annotation: Any, sample: Any) -> Any:
    for candidate in typing.get_args(annotation) or (annotation,):
        if isinstance(sample, list) and typing.get_origin(candidate) is list:
            (item,) = typing.get_args(candidate)
            return [item.from_dict(x) for x in sample]
        if isinstance(sample, dict) and hasattr(candidate, "from_dict"):
            return candidate.from_dict(sample)
    return sample


def _arguments(op: Operation, method: Any) -> tuple[list[Any], dict[str, Any]]:
    """Required arguments: path ids of 1 (seeded), the smallest valid body, filters of 1."""
    hints = typing.get_type_hints(method)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for name, param in inspect.signature(method).parameters.items():
        if param.default is not inspect.Parameter.empty or param.kind is param.VAR_KEYWORD:
            continue  # optional, or the per-call `**options`
        if name == "body":
            value = _body(hints[name], SPEC.sample_body(op.operation_id))
        else:
            value = "1" if hints[name] is str else 1
        if param.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[name] = value
        else:
            args.append(value)
    return args, kwargs


def test_the_walk_covers_every_operation_of_the_spec() -> None:
    assert len(OPERATIONS) == 223
    reachable = {called for actions in ACTIONS.values() for called in actions.values()}
    assert reachable == {op.operation_id for op in OPERATIONS}


def test_every_tag_of_the_spec_is_a_client_attribute() -> None:
    assert set(RESOURCES) == {op.tag for op in OPERATIONS}
    for tag in RESOURCES:
        # KatanaClient must not shadow a resource with an attribute of its own.
        assert getattr(KatanaClient, tag) is Resources.__dict__[tag], tag
        assert isinstance(getattr(CLIENT, tag), Resource)


def test_crud_operations_get_the_crud_names() -> None:
    assert dict(ACTIONS["products"]) == {
        "list": "getAllProducts",
        "get": "getProduct",
        "create": "createProduct",
        "update": "updateProduct",
        "delete": "deleteProduct",
    }
    assert ACTIONS["sales_orders"]["search"] == "searchSalesOrders"
    assert ACTIONS["sales_orders"]["returnable_items"] == "getReturnableItems"
    assert ACTIONS["sales_order_rows"]["get"] == "retrieveSalesOrderRow"


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_is_reachable_through_its_resource(op: Operation) -> None:
    action = _action_for(op)
    fake = FakeKatana(rate_limit=False)
    async with fake.client() as client:
        method = getattr(getattr(client, op.tag), action)
        args, kwargs = _arguments(op, method)
        if inspect.iscoroutinefunction(method):
            await method(*args, **kwargs)
        else:
            pager = method(*args, **kwargs)
            assert isinstance(pager, AsyncPager)
            async for _page in pager.pages():
                break
    assert [r.operation_id for r in fake.requests] == [op.operation_id]


@pytest.mark.parametrize("op", OPERATIONS, ids=lambda op: op.operation_id)
async def test_operation_is_reachable_raw(op: Operation) -> None:
    action = _action_for(op)
    fake = FakeKatana(rate_limit=False)
    async with fake.client() as client:
        method = getattr(getattr(client, op.tag).with_raw_response, action)
        args, kwargs = _arguments(op, method)
        response = await method(*args, **kwargs)
    assert [r.operation_id for r in fake.requests] == [op.operation_id]
    assert response.status_code == op.status
