"""The decisions the templates print (`katana_spec.plan`, `katana_spec.models`).

A small spec is parsed by openapi-python-client (no package is generated) and planned;
each test reads one decision: an action's name and shape, the result and its parser,
a list's record type, the parameters of the descriptor and of the signatures, docs,
page sizes, what a call raises, and each model field's annotation, default and kind.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from generate import GenerationError, name_records, operation_metadata
from katana_spec.infer import decimal_schema, nullable
from katana_spec.models import Field, ModelPlan, is_secret, plan_models
from katana_spec.plan import (
    EndpointPlan,
    PlanError,
    ResourcePlan,
    action_name,
    build_plan,
    pager_limits,
    parameter_docs,
)
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import PythonIdentifier

import katana_client
from katana_client import KatanaError
from katana_client.resilience import _pagination

ROOT = Path(__file__).resolve().parent.parent

ORDER = {"$ref": "#/components/schemas/Order"}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "integer"},
      "description": "The order's id"}  # fmt: skip


def _op(
    op_id: str, *, idempotent: bool = True, listing: Any = None, **fields: Any
) -> dict[str, Any]:
    responses = fields.pop("responses", {"204": {"description": "done"}})
    if listing:
        fields["x-katana-list"] = listing
    return {"operationId": op_id, "tags": ["orders"], "x-katana-idempotent": idempotent,
            "responses": responses, **fields}  # fmt: skip


def _json(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/orders": {
            "get": _op(
                "getAllOrders",
                summary="List all orders",
                listing={"items": "data", "pagination": "query"},
                parameters=[
                    {"name": "page", "in": "query", "schema": {"type": "integer"}},
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "type", "in": "query", "schema": {"type": "string"},
                     "description": "Filters orders by a type"},
                    {"name": "total_min", "in": "query", "schema": {"type": "number"}},
                    {"name": "ids", "in": "query",
                     "schema": {"type": "array", "items": {"type": "integer"}}},
                ],
                responses=_json({"$ref": "#/components/schemas/OrderList"}),
            ),
            "post": _op(
                "createOrder",
                idempotent=False,
                requestBody={"required": True,
                             "content": {"application/json": {"schema": ORDER}}},
                responses=_json(ORDER),
            ),
        },
        "/orders/{id}": {
            "get": _op("getOrder", parameters=[ID], responses=_json(ORDER)),
            "delete": _op("deleteOrder", parameters=[ID]),
        },
        "/orders/search": {
            "post": _op(
                "searchOrders",
                listing={"items": "root", "pagination": "body"},
                requestBody={"content": {"application/json": {"schema": {"type": "object"}}}},
                responses=_json({"type": "array", "items": ORDER}),
            )
        },
        "/order_stats": {"get": _op("getOrderStatistics")},
        "/order_links": {"post": _op("linkOrderThings")},
    },
    "components": {
        "schemas": {
            "Order": {"type": "object", "properties": {"id": {"type": "integer"}}},
            "OrderList": {
                "type": "object",
                "properties": {"data": {"type": "array", "items": ORDER}},
            },
        }
    },
}  # fmt: skip


def parse(spec: dict[str, Any]) -> tuple[GeneratorData, Config]:
    config = Config.from_sources(
        ConfigFile.load_from_path(ROOT / "generator_config.yaml"),
        MetaType.NONE,
        ROOT / "openapi" / "katana-openapi.yaml",
        "utf-8",
        overwrite=True,
        output_path=None,
    )
    data = GeneratorData.from_dict(spec, config=config)
    assert isinstance(data, GeneratorData)
    return data, config


def plan(spec: dict[str, Any]) -> tuple[dict[str, EndpointPlan], list[ResourcePlan]]:
    data, config = parse(spec)
    operations = operation_metadata(spec, config.field_prefix)
    name_records(operations, data.models)
    return build_plan(
        data.endpoint_collections_by_tag,
        operations,
        parameter_docs(spec),
        lambda endpoint: str(PythonIdentifier(endpoint.name, config.field_prefix)),
    )


@pytest.fixture(scope="module")
def planned() -> tuple[dict[str, EndpointPlan], list[ResourcePlan]]:
    return plan(SPEC)


@pytest.fixture(scope="module")
def actions(planned: tuple[Any, list[ResourcePlan]]) -> dict[str, Any]:
    (resource,) = planned[1]
    return {a.endpoint.operation_id: a for a in resource.actions}


def test_actions_are_named_after_rest_verbs_paths_and_operation_ids(
    actions: dict[str, Any],
) -> None:
    names = {op_id: a.name for op_id, a in actions.items()}
    assert names == {
        "getAllOrders": "list",
        "getOrder": "get",
        "createOrder": "create",
        "deleteOrder": "delete",
        "searchOrders": "search",  # below the collection: the path's word
        "getOrderStatistics": "statistics",  # elsewhere: the id less the tag and get_
        "linkOrderThings": "link_things",
    }


def test_crud_actions_come_first_then_the_rest_by_name(planned: Any) -> None:
    (resource,) = planned[1]
    assert [a.name for a in resource.actions] == [
        "list", "get", "create", "delete", "link_things", "search", "statistics"
    ]  # fmt: skip
    assert (resource.cls, resource.raw_cls) == ("OrdersResource", "OrdersRawResource")


@pytest.mark.parametrize(
    ("tag", "method", "path", "operation_id", "is_list", "name"),
    [
        ("sales_order_shipping_fees", "GET", "/sales_order_shipping_fee", "getAllShippingFees",
         True, "list"),  # a singular collection path
        ("sales_order_shipping_fees", "GET", "/sales_order_shipping_fee/{id}", "getShippingFee",
         False, "get"),
        ("sales_orders", "GET", "/sales_orders/{id}/returnable_items", "getReturnableItems",
         False, "returnable_items"),
        ("sales_orders", "PATCH", "/sales_orders/{id}/status", "updateStatus", False,
         "update_status"),
        ("manufacturing_orders", "POST", "/manufacturing_order_make_to_order",
         "makeToOrderManufacturingOrder", False, "make_to_order"),
        ("inventory", "GET", "/inventory_movements", "getAllInventoryMovements", True,
         "movements"),
        ("products", "GET", "/products", "getProduct", False, "get"),  # not a list: get
        ("users", "GET", "/user_info", "getUserInfo", False, "user_info"),  # ACTION_NAMES
    ],
)  # fmt: skip
def test_action_name(
    tag: str, method: str, path: str, operation_id: str, is_list: bool, name: str
) -> None:
    assert action_name(tag, method, path, operation_id, is_list=is_list) == name


def test_a_list_of_data_pages_records_of_the_data_items(actions: dict[str, Any]) -> None:
    action = actions["getAllOrders"]
    assert (action.shape, action.paged, action.item) == ("pager", True, "Order")
    assert action.item_model == "order import Order"
    assert action.endpoint.result == "OrderList"
    assert action.endpoint.parser == "model_of(OrderList)"
    assert (action.endpoint.list_items, action.endpoint.pagination) == ("data", "query")


def test_a_bare_array_is_parsed_as_a_list_of_its_records(actions: dict[str, Any]) -> None:
    action = actions["searchOrders"]
    assert (action.shape, action.paged, action.item) == ("pager", True, "Order")
    assert action.endpoint.result == "list[Order]"
    assert action.endpoint.parser == "list_of(Order)"


def test_a_record_operation_returns_its_model(actions: dict[str, Any]) -> None:
    for op_id in ("getOrder", "createOrder"):
        action = actions[op_id]
        assert (action.shape, action.endpoint.result) == ("model", "Order")
        assert action.endpoint.parser == "model_of(Order)"


def test_an_operation_documented_without_a_body_keeps_the_json(
    actions: dict[str, Any],
) -> None:
    assert actions["deleteOrder"].shape == "delete"
    assert actions["getOrderStatistics"].shape == "json"
    for op_id in ("deleteOrder", "getOrderStatistics"):
        assert (actions[op_id].endpoint.result, actions[op_id].endpoint.parser) == ("Any", "None")


def test_a_paged_action_leaves_page_and_limit_to_the_pager(actions: dict[str, Any]) -> None:
    action = actions["getAllOrders"]
    assert [p.name for p in action.endpoint.query] == ["page", "limit", "type_", "total_min", "ids"]
    assert [p.name for p in action.filters] == ["type_", "total_min", "ids"]


def test_the_descriptor_lists_only_query_names_python_spells_differently(
    actions: dict[str, Any],
) -> None:
    assert actions["getAllOrders"].endpoint.renamed == (("type_", "type"),)
    assert actions["getOrder"].endpoint.renamed == ()


def test_parameter_annotations(actions: dict[str, Any]) -> None:
    query = {p.name: p for p in actions["getAllOrders"].endpoint.query}
    assert query["total_min"].annotation == "Decimal | float"  # numbers are exact
    assert query["ids"].annotation == "list[int]"
    assert not query["ids"].required
    (path,) = actions["getOrder"].endpoint.path_params
    assert (path.name, path.wire, path.kind, path.required) == ("id", "id", "int", True)
    body = actions["createOrder"].endpoint.body
    assert body is not None
    assert (body.annotation, body.required) == ("Order", True)


def test_parameter_docs_are_katanas_text_else_say_what_the_parameter_is(
    actions: dict[str, Any],
) -> None:
    query = {p.name: p.doc for p in actions["getAllOrders"].endpoint.query}
    assert query["type_"] == "Filters orders by a type"
    assert query["total_min"] == "Query parameter `total_min`."
    assert actions["getOrder"].endpoint.path_params[0].doc == "The order's id"


def test_docstring_headlines(planned: Any, actions: dict[str, Any]) -> None:
    listed = actions["getAllOrders"]
    assert (listed.endpoint.title, listed.endpoint.headline) == ("List all orders",) * 2
    assert listed.summary == "List all orders."
    unnamed = actions["getOrder"]
    assert (unnamed.endpoint.title, unnamed.endpoint.headline) == ("getOrder", "`GET /orders/{id}`")
    assert unnamed.summary == "Call `getOrder`."


def test_two_operations_with_one_action_name_fail_the_plan() -> None:
    spec = {**SPEC, "paths": {**SPEC["paths"], "/order_statistics": {"get": _op("getOrderStats")}}}
    spec["paths"]["/order_statistics"]["get"]["operationId"] = "getStatisticsOrders"
    with pytest.raises(PlanError, match=r"client\.orders\.statistics is already"):
        plan(spec)


def test_a_parameter_named_like_an_argument_of_the_core_fails_the_plan() -> None:
    spec = {**SPEC, "paths": {"/order_stats": {"get": _op(
        "getOrderStatistics",
        parameters=[{"name": "body", "in": "query", "schema": {"type": "string"}}],
    )}}}  # fmt: skip
    with pytest.raises(PlanError, match="'body' would be named 'body'"):
        plan(spec)


def test_a_body_where_none_is_documented_is_read_as_the_record() -> None:
    # x-katana-record: Katana answers POST /bom_rows, documented 204, with the row.
    spec: dict[str, Any] = copy.deepcopy(SPEC)
    spec["paths"]["/order_links"]["post"]["x-katana-record"] = "Order"
    spec["paths"]["/orders/{id}"]["delete"]["x-katana-record"] = "Order"
    (resource,) = plan(spec)[1]
    actions = {a.endpoint.operation_id: a for a in resource.actions}
    link = actions["linkOrderThings"]
    assert (link.shape, link.endpoint.record) == ("record", "Order")
    assert link.endpoint.result == "Order | None"
    assert link.endpoint.parser == "model_or_none(Order)"
    assert "order import Order" in link.endpoint.models
    # A delete still returns None from its action; its endpoint reads the body.
    delete = actions["deleteOrder"]
    assert (delete.shape, delete.endpoint.parser) == ("delete", "model_or_none(Order)")


def test_a_record_naming_no_schema_fails_generation() -> None:
    spec: dict[str, Any] = copy.deepcopy(SPEC)
    spec["paths"]["/order_links"]["post"]["x-katana-record"] = "Nothing"
    with pytest.raises(GenerationError, match="x-katana-record names no schema: Nothing"):
        plan(spec)


# --- signatures, pages and errors -------------------------------------------------------


def test_optional_parameters_and_bodies_default_to_unset(actions: dict[str, Any]) -> None:
    query = {p.name: p for p in actions["getAllOrders"].endpoint.query}
    assert query["type_"].declaration == "str | Unset = UNSET"
    (path,) = actions["getOrder"].endpoint.path_params
    assert path.declaration == "int"  # required: no default
    required = actions["createOrder"].endpoint.body
    optional = actions["searchOrders"].endpoint.body
    assert required is not None
    assert optional is not None
    assert (required.declaration, required.presence) == ("Order", "required")
    assert optional.declaration == "SearchOrdersBody | Unset = UNSET"
    assert optional.presence == "optional"


def test_a_paged_action_states_the_pagers_own_page_size_and_limit(
    actions: dict[str, Any],
) -> None:
    listed, searched = actions["getAllOrders"], actions["searchOrders"]
    assert (listed.page_size, listed.page_size_param) == (
        _pagination.DEFAULT_QUERY_PAGE_SIZE,
        "limit",
    )
    assert (searched.page_size, searched.page_size_param) == (
        _pagination.DEFAULT_BODY_PAGE_SIZE,
        "filter.limit",
    )
    assert listed.page_limit == searched.page_limit == f"{_pagination.MAX_PAGES:,}"
    assert (actions["getOrder"].page_size, actions["getOrder"].page_limit) == (None, "")


def test_the_pager_limits_are_read_from_the_pagers_source() -> None:
    assert pager_limits() == {
        "DEFAULT_QUERY_PAGE_SIZE": _pagination.DEFAULT_QUERY_PAGE_SIZE,
        "DEFAULT_BODY_PAGE_SIZE": _pagination.DEFAULT_BODY_PAGE_SIZE,
        "MAX_PAGES": _pagination.MAX_PAGES,
    }


def test_docstrings_name_the_errors_the_core_raises(actions: dict[str, Any]) -> None:
    def raised(plan: Any) -> list[str]:
        return [name for name, _ in plan.raises]

    always = ["KatanaAPIError", "KatanaTransportError", "KatanaJSONDepthError"]
    shape = "KatanaResponseShapeError"  # only where a body is parsed into a result
    assert raised(actions["getOrderStatistics"].endpoint) == always
    assert raised(actions["getAllOrders"].endpoint) == [*always, shape]
    # A path value is checked before sending.
    assert raised(actions["getOrder"].endpoint) == [
        "KatanaAPIError", "KatanaTransportError", "KatanaParameterError",
        "KatanaJSONDepthError", shape,
    ]  # fmt: skip
    # A resource method returning a model also raises when the body is empty.
    assert raised(actions["getOrder"]) == [*raised(actions["getOrder"].endpoint),
                                           "KatanaEmptyResponseError"]  # fmt: skip
    # A pager also raises while it walks (an unreadable or repeated page, the limit).
    assert actions["getAllOrders"].shape == "pager"
    assert raised(actions["getAllOrders"]) == [*raised(actions["getAllOrders"].endpoint),
                                               "KatanaPaginationError"]  # fmt: skip
    for action in actions.values():
        for name in raised(action):
            assert issubclass(getattr(katana_client, name), KatanaError)


# --- models -----------------------------------------------------------------------------

STATUS = {"$ref": "#/components/schemas/Status"}
ITEM = {"$ref": "#/components/schemas/Item"}
MODEL_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "t", "version": "1"},
    "paths": {
        "/lines": {
            "post": _op(
                "createLine",
                idempotent=False,
                requestBody={"required": True, "content": {"application/json": {
                    "schema": {"$ref": "#/components/schemas/NewLine"}}}},
                responses=_json({"$ref": "#/components/schemas/Line"}),
            )
        }
    },
    "components": {
        "schemas": {
            "Status": {"type": "string", "enum": ["open", "done"]},
            # Sent and read: a response model.
            "Item": {"type": "object", "properties": {"id": {"type": "integer"}}},
            # Only sent: a request model.
            "NewLine": {
                "type": "object",
                "required": ["quantity", "item"],
                "properties": {
                    "quantity": decimal_schema(),  # a decimal by name, as the build writes it
                    "item": ITEM,
                    "note": {"type": "string"},
                    "due": nullable({"type": "string", "format": "date"}),
                },
            },
            # Only read: a response model.
            "Line": {
                "type": "object",
                "description": "A line of an order.",
                "required": ["id", "price"],
                "properties": {
                    "id": {"type": "integer"},
                    "price": nullable(decimal_schema()),
                    "status": STATUS,
                    "item": ITEM,
                    "tags": {"type": "array", "items": nullable({"type": "string"})},
                    "ratio": {"type": "number"},
                    "value": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                    "from": {"type": "string", "format": "date-time",
                             "description": "When it starts."},
                },
            },
        }
    },
}  # fmt: skip


@pytest.fixture(scope="module")
def models() -> dict[str, ModelPlan]:
    return plan_models(parse(MODEL_SPEC)[0])


def _fields(model: ModelPlan) -> dict[str, tuple[str, str | None, str]]:
    return {f.key: (f.annotation, f.default, f.read_kind) for f in model.fields}


def test_models_only_sent_are_request_models(models: dict[str, ModelPlan]) -> None:
    assert {name: m.request for name, m in models.items()} == {
        "NewLine": True,
        "Line": False,
        "Item": False,  # sent in NewLine, but read in Line too
    }


def test_a_request_model_leaves_optional_fields_unset(models: dict[str, ModelPlan]) -> None:
    assert _fields(models["NewLine"]) == {
        "quantity": ("Decimal", None, "decimal"),  # required: no default
        "item": ("Item", None, "model:Item"),
        "note": ("str | Unset", "UNSET", "str"),
        "due": ("datetime.date | None | Unset", "UNSET", "date"),
    }
    assert [f.declaration for f in models["NewLine"].fields][2:] == [
        "str | Unset = UNSET",
        "datetime.date | None | Unset = UNSET",
    ]


def test_a_response_model_reads_a_missing_key_as_none(models: dict[str, ModelPlan]) -> None:
    assert _fields(models["Line"]) == {
        "id": ("int", None, "int"),
        "price": ("Decimal | None", None, "decimal"),  # required but nullable
        "status": ("Status | None", "None", "enum:Status"),
        "item": ("Item | None", "None", "model:Item"),
        "tags": ("list[str | None] | None", "None", "list[str]"),
        "ratio": ("Decimal | None", "None", "decimal"),  # every number is exact
        "value": ("int | str | None", "None", "any"),  # several types: kept as sent
        "from": ("datetime.datetime | None", "None", "datetime"),
    }
    assert models["Line"].fields[-1].name == "from_"
    assert models["Line"].fields[-1].doc == "When it starts."


def test_a_model_imports_the_models_it_refers_to(models: dict[str, ModelPlan]) -> None:
    assert models["NewLine"].imports == ("from .item import Item",)
    assert models["Line"].imports == ("from .item import Item", "from .status import Status")
    assert models["Line"].description == "A line of an order."
    assert models["Item"].imports == ()


@pytest.mark.parametrize(
    ("key", "secret"),
    [
        ("token", True),
        ("refresh_token", True),
        ("client_secret", True),
        ("api_key", True),
        ("apiKey", True),
        ("password", True),
        ("key", False),  # a sales order row attribute's key
        ("secretary", False),
        ("sku", False),
    ],
)
def test_a_field_named_for_a_credential_is_secret(key: str, secret: bool) -> None:
    assert is_secret(key) is secret


def test_a_secret_field_is_declared_out_of_the_repr() -> None:
    def declared(annotation: str, default: Any) -> str:
        return Field("token", "token", "str", annotation, default, "", secret=True).declaration

    assert declared("str | None", "None") == "str | None = attrs.field(default=None, repr=False)"
    assert (
        declared("str | Unset", "UNSET") == "str | Unset = attrs.field(default=UNSET, repr=False)"
    )
    assert declared("str", None) == "str = attrs.field(repr=False)"  # required
