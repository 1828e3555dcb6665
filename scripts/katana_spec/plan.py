"""What the endpoint and resource templates print, decided in Python.

`build_plan` reads the operations openapi-python-client parsed from the built spec and
decides everything the generated endpoint modules and resources say: each operation's
result type and parser, its list shape, its parameters with their annotations and
docstrings, and each resource action's name and shape. The templates
(`openapi/templates/endpoint_module.py.jinja`, `resource.py.jinja`,
`resource_init.py.jinja`) print these and decide nothing; `tests/test_generation_plan.py`
tests the decisions on small specs without generating a package.

A property's type (its kind and annotation) is read by `models.py`, which plans the
models too: one reading of the generator's properties for models and endpoints alike.
The page sizes and the page limit the resource docs state are the pager's own
(`katana_client/resilience/_pagination.py`), read from its source (`pager_limits`).
"""

from __future__ import annotations

import ast
import keyword
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

from .models import annotation, kind, non_null, text_of

__all__ = [
    "ACTION_NAMES",
    "ActionPlan",
    "Body",
    "EndpointPlan",
    "Param",
    "PlanError",
    "ResourcePlan",
    "action_name",
    "build_plan",
    "pager_limits",
    "parameter_docs",
    "resource_class",
]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Operations whose rule-derived action name would mislead; keyed by operationId.
ACTION_NAMES = {
    # POST /variant_bin_locations links bins to variants; it creates nothing.
    "linkVariantDefaultStorageBins": "link",
    "unlinkVariantDefaultStorageBins": "unlink",
    # The rules would give `re_rank` (from the camel case "reRank").
    "reRankProductOperation": "rerank",
    # The rules would strip "user" and leave `info`.
    "getUserInfo": "user_info",
}
# Names an action must not take: the resource base class uses them.
RESERVED_ACTIONS = frozenset({"with_raw_response", "client"})
# Python names a parameter must not take: the request core reads every other name of
# an endpoint's `locals()` (besides `client`, path parameters and headers) as a query
# parameter, a resource's `locals()` holds `self`, and its actions take `**options`.
RESERVED_PARAMETERS = frozenset({"self", "body", "options"})
# The order of a resource's actions: CRUD first, the rest by name.
ACTION_ORDER = ("list", "get", "create", "update", "delete")
_GET_PREFIXES = ("get_all_", "get_", "find_all_", "find_", "retrieve_", "list_")
# What a call raises, as its docstrings say it: endpoint functions and resource methods
# go through the same core (`katana_client/_runtime/_operation.py`), so they share these.
RAISES = {
    "KatanaAPIError": "Katana answered with an error status (`KatanaNotFoundError`, ...).",
    "KatanaTransportError": "No response arrived (a timeout or a connection failure).",
    "KatanaParameterError": (
        "A path value is of the wrong type or could name another path; nothing was sent."
    ),
    "KatanaJSONDepthError": "The body nests deeper than 128 levels; the request succeeded.",
    "KatanaResponseShapeError": "The body is not the documented result; the request succeeded.",
    "KatanaEmptyResponseError": "Katana answered 2xx with no body (or JSON null).",
    "KatanaPaginationError": "A page was unreadable or repeated, or the walk passed its limit.",
}
# The pager's defaults, which the resource docs state (`pager_limits`).
PAGINATION_SOURCE = (
    Path(__file__).resolve().parents[2] / "katana_client" / "resilience" / "_pagination.py"
)
PAGER_LIMITS = ("DEFAULT_QUERY_PAGE_SIZE", "DEFAULT_BODY_PAGE_SIZE", "MAX_PAGES")


class PlanError(Exception):
    """The spec cannot be turned into a usable client; the message says why."""


@dataclass(frozen=True)
class Param:
    """One path, query or header parameter.

    Attributes:
        name: The Python name (`zip_`).
        wire: The name sent (`zip`).
        annotation: The signature's annotation, without `| Unset`.
        required: Whether the signature requires it.
        doc: Its docstring line: Katana's text, else what kind of parameter it is.
        kind: The type the core checks a path value against ("int" or "str").
    """

    name: str
    wire: str
    annotation: str
    required: bool
    doc: str
    kind: str = "str"

    @property
    def declaration(self) -> str:
        """What follows `name: ` in a signature: an optional one defaults to `UNSET`."""
        return self.annotation if self.required else f"{self.annotation} | Unset = UNSET"


@dataclass(frozen=True)
class Body:
    """The JSON request body: its annotation and whether it is required."""

    annotation: str
    required: bool

    @property
    def declaration(self) -> str:
        """What follows `body: ` in a signature: an optional body defaults to `UNSET`."""
        return self.annotation if self.required else f"{self.annotation} | Unset = UNSET"

    @property
    def presence(self) -> Literal["required", "optional"]:
        """The descriptor's `body=`."""
        return "required" if self.required else "optional"


@dataclass(frozen=True)
class EndpointPlan:
    """One operation's endpoint module (`generated/api/<tag>/<module>.py`).

    Attributes:
        module: The module name ("get_all_products").
        tag: The tag folder it is in.
        operation_id, method, path, idempotent, deprecated: From the spec.
        summary: Katana's summary ("" when none; see `headline` and `title`).
        description: Katana's description ("" when none).
        list_items: "data", "root" or None (see `Operation.list_items`).
        pagination: "query", "body" or None (see `Operation.pagination`).
        path_params, body, query, headers: The parameters, in signature order.
        result: The annotation of the parsed 2xx body ("Any" when none is documented;
            "X | None" when a body is read with `record`).
        parser: The descriptor's `parse=`: "model_of(X)", "list_of(X)",
            "model_or_none(X)" or "None".
        record: Where Katana documents no body, the class a body is read with when
            one comes (`x-katana-record`: `POST /bom_rows` answers with the row), else
            None.
        models: The model imports, as "<module> import <Class>".
    """

    module: str
    tag: str
    operation_id: str
    method: str
    path: str
    idempotent: bool
    deprecated: bool
    summary: str
    description: str
    list_items: Literal["data", "root"] | None
    pagination: Literal["query", "body"] | None
    path_params: tuple[Param, ...]
    body: Body | None
    query: tuple[Param, ...]
    headers: tuple[Param, ...]
    result: str
    parser: str
    models: tuple[str, ...]
    record: str | None = None

    @property
    def title(self) -> str:
        """The module docstring's name for the operation: its summary, else its id."""
        return self.summary or self.operation_id

    @property
    def headline(self) -> str:
        """The functions' docstring's first line: the summary, else method and path."""
        return self.summary or f"`{self.method} {self.path}`"

    @property
    def keywords(self) -> tuple[Param, ...]:
        """The keyword-only parameters: query, then headers."""
        return self.query + self.headers

    @property
    def renamed(self) -> tuple[tuple[str, str], ...]:
        """(Python name, wire name) of each query parameter whose names differ.

        All the core needs of the query: every other keyword of the endpoint's
        signature is a query parameter sent under its own name.
        """
        return tuple((p.name, p.wire) for p in self.query if p.name != p.wire)

    @property
    def raises(self) -> tuple[tuple[str, str], ...]:
        """The docstring's "Raises" entries: (exception, when), for what the core raises.

        A path value is checked before sending; a body is read as the result only where
        there is a parser, and only then can it fail to be one.
        """
        names = ["KatanaAPIError", "KatanaTransportError"]
        if self.path_params:
            names.append("KatanaParameterError")
        names.append("KatanaJSONDepthError")
        if self.parser != "None":
            names.append("KatanaResponseShapeError")
        return tuple((name, RAISES[name]) for name in names)


@dataclass(frozen=True)
class ActionPlan:
    """One method of a resource (`client.<tag>.<name>`).

    Attributes:
        name: The method name.
        endpoint: The operation it calls.
        shape: What it returns: "pager" (an `AsyncPager` of `item`), "model" (the
            parsed `endpoint.result`), "record" (`endpoint.record` or None: documented
            without a body, read as the resource's record when one comes), "delete"
            (None) or "json" (the decoded body of an operation documented without one).
        paged: Whether a pager asks for pages (and so takes `page_size`, ...).
        filters: Its keyword parameters: a paged action's page and limit are its own.
        summary: The docstring's first line, ending in a period.
        description: Katana's description when it adds to the summary, else "".
        item: The annotation of one record of a pager ("Any" when not documented).
        item_model: The import of that record's class, "<module> import <Class>".
        page_size: A paged action's default records per page: the pager's own.
        page_size_param: Where the page size goes: "limit", or "filter.limit" in a body.
        page_limit: The pages a walk without `max_pages` stops at, written out
            ("10,000"), "" when not paged.
    """

    name: str
    endpoint: EndpointPlan
    shape: Literal["pager", "model", "record", "delete", "json"]
    paged: bool
    filters: tuple[Param, ...]
    summary: str
    description: str
    item: str = "Any"
    item_model: str | None = None
    page_size: int | None = None
    page_size_param: str = ""
    page_limit: str = ""

    @property
    def raises(self) -> tuple[tuple[str, str], ...]:
        """The docstring's "Raises" entries: the endpoint's, and an empty body's or a
        walk's (a pager raises while it is iterated)."""
        extra = {"model": "KatanaEmptyResponseError", "pager": "KatanaPaginationError"}
        name = extra.get(self.shape)
        if name is None:
            return self.endpoint.raises
        return (*self.endpoint.raises, (name, RAISES[name]))


@dataclass(frozen=True)
class ResourcePlan:
    """One resource module (`generated/resources/<tag>.py`) and its attribute."""

    tag: str
    cls: str
    raw_cls: str
    actions: tuple[ActionPlan, ...]

    @property
    def sync_cls(self) -> str:
        """The blocking resource's class, for `SyncKatanaClient`."""
        return self.cls.removesuffix("Resource") + "SyncResource"

    @property
    def sync_raw_cls(self) -> str:
        """The blocking resource's `with_raw_response` class."""
        return self.cls.removesuffix("Resource") + "SyncRawResource"

    @property
    def modules(self) -> list[str]:
        """The endpoint modules the resource imports, sorted."""
        return sorted(a.endpoint.module for a in self.actions)

    @property
    def models(self) -> list[str]:
        """Every model import of its actions (records of pagers included), sorted."""
        found = {m for a in self.actions for m in a.endpoint.models}
        found |= {a.item_model for a in self.actions if a.item_model}
        return sorted(found)


# --- building ---------------------------------------------------------------------------


def build_plan(
    collections: Mapping[Any, Any],
    operations: Mapping[str, Mapping[str, Any]],
    docs: Mapping[str, Mapping[str, str]],
    module_name: Callable[[Any], str],
) -> tuple[dict[str, EndpointPlan], list[ResourcePlan]]:
    """Plan every endpoint module and resource.

    Args:
        collections: openapi-python-client's endpoints by tag.
        operations: `generate.operation_metadata`, by module name.
        docs: `parameter_docs` of the spec.
        module_name: The module name of a parsed endpoint.

    Returns:
        The endpoint plans by module name, and the resources sorted by tag.

    Raises:
        PlanError: An action or parameter name is unusable, or two actions collide.
    """
    endpoints: dict[str, EndpointPlan] = {}
    resources: list[ResourcePlan] = []
    problems: list[str] = []
    for tag in sorted(collections):
        actions: list[ActionPlan] = []
        for parsed in collections[tag].endpoints:
            module = module_name(parsed)
            meta = operations[module]
            endpoint = plan_endpoint(parsed, module, str(tag), meta, docs)
            problems += _parameter_problems(endpoint)
            endpoints[module] = endpoint
            action = plan_action(endpoint, parsed)
            problems += _action_problems(action, actions, str(tag))
            actions.append(action)
        actions.sort(key=_action_order)
        cls = resource_class(str(tag))
        raw_cls = cls.removesuffix("Resource") + "RawResource"
        resources.append(ResourcePlan(str(tag), cls, raw_cls, tuple(actions)))
    if problems:
        raise PlanError("\n  ".join(["the spec gives an unusable client:", *problems]))
    return endpoints, resources


def plan_endpoint(
    parsed: Any,
    module: str,
    tag: str,
    meta: Mapping[str, Any],
    docs: Mapping[str, Mapping[str, str]],
) -> EndpointPlan:
    """The plan of one parsed endpoint; `meta` is its `operation_metadata` entry."""
    texts = docs.get(meta["operation_id"], {})

    def params(props: Iterable[Any], where: str) -> tuple[Param, ...]:
        return tuple(_param(p, where, texts) for p in props)

    result = result_property(parsed)
    body = parsed.bodies[0].prop if parsed.bodies else None
    models = model_imports(parsed.relative_imports)
    result_type = "Any" if result is None else annotation(result)
    parser = _parser(result)
    record = meta.get("record") if result is None else None
    if record is not None:
        result_type = f"{record['name']} | None"
        parser = f"model_or_none({record['name']})"
        models = tuple(sorted({*models, f"{record['module']} import {record['name']}"}))
    return EndpointPlan(
        module=module,
        tag=tag,
        operation_id=meta["operation_id"],
        method=meta["method"],
        path=meta["path"],
        idempotent=bool(meta["idempotent"]),
        deprecated=bool(meta["deprecated"]),
        summary=_plain(parsed.summary),
        description=_plain(parsed.description),
        list_items=meta["list_items"],
        pagination=meta["pagination"],
        path_params=params(parsed.path_parameters, "Path parameter"),
        body=None if body is None else Body(annotation(body), bool(body.required)),
        query=params(parsed.query_parameters, "Query parameter"),
        headers=params(parsed.header_parameters, "Header"),
        result=result_type,
        parser=parser,
        models=models,
        record=None if record is None else record["name"],
    )


def plan_action(endpoint: EndpointPlan, parsed: Any) -> ActionPlan:
    """The resource action of `endpoint` (`parsed` is the generator's endpoint)."""
    name = action_name(
        endpoint.tag,
        endpoint.method,
        endpoint.path,
        endpoint.operation_id,
        is_list=endpoint.list_items is not None,
    )
    paged = endpoint.list_items is not None and endpoint.pagination is not None
    filters = endpoint.keywords
    if paged and endpoint.pagination == "query":
        filters = tuple(p for p in filters if p.wire not in ("page", "limit"))
    shape: Literal["pager", "model", "record", "delete", "json"]
    if endpoint.list_items is not None:
        shape = "pager"
    elif endpoint.record is not None and endpoint.method != "DELETE":
        shape = "record"
    elif endpoint.record is None and endpoint.result != "Any":
        shape = "model"
    elif endpoint.method == "DELETE":
        shape = "delete"
    else:
        shape = "json"
    summary = endpoint.summary or f"Call `{endpoint.operation_id}`"
    description = endpoint.description if endpoint.description != summary else ""
    item, item_model = "Any", None
    page_size, page_size_param, page_limit = None, "", ""
    if paged:
        limits = pager_limits()
        page_limit = f"{limits['MAX_PAGES']:,}"
        if endpoint.pagination == "body":
            page_size, page_size_param = limits["DEFAULT_BODY_PAGE_SIZE"], "filter.limit"
        else:
            page_size, page_size_param = limits["DEFAULT_QUERY_PAGE_SIZE"], "limit"
    records = list_items_property(parsed, endpoint.list_items)
    if records is not None:
        item = annotation(records)
        if kind(records) in ("model", "enum"):
            info = records.class_info
            item_model = f"{info.module_name} import {info.name}"
    return ActionPlan(
        name=name,
        endpoint=endpoint,
        shape=shape,
        paged=paged,
        filters=filters,
        summary=summary if summary.endswith(".") else summary + ".",
        description=description,
        item=item,
        item_model=item_model,
        page_size=page_size,
        page_size_param=page_size_param,
        page_limit=page_limit,
    )


@cache
def pager_limits() -> dict[str, int]:
    """The pager's default page sizes and page limit, read from its source.

    Read, not imported: importing `katana_client` would import the generated package
    this plan is about to replace, and whichever copy of the package is installed.
    `tests/test_generation_plan.py` checks the values against the imported module.

    Raises:
        PlanError: One of `PAGER_LIMITS` is not assigned an integer there.
    """
    tree = ast.parse(PAGINATION_SOURCE.read_text(encoding="utf-8"))
    found: dict[str, int] = {}
    target: ast.expr
    value: ast.expr | None
    for node in tree.body:  # `NAME: Final = 250` or `NAME = 250`
        if isinstance(node, ast.AnnAssign):
            target, value = node.target, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        else:
            continue
        constant = value.value if isinstance(value, ast.Constant) else None
        if isinstance(target, ast.Name) and type(constant) is int:
            found[target.id] = constant
    missing = [name for name in PAGER_LIMITS if name not in found]
    if missing:
        raise PlanError(f"{PAGINATION_SOURCE} assigns no integer to {', '.join(missing)}")
    return {name: found[name] for name in PAGER_LIMITS}


def result_property(parsed: Any) -> Any | None:
    """The property of the first documented 2xx JSON body, or None when there is none."""
    for response in parsed.responses.patterns:
        status = response.status_code.range
        if (
            status
            and 200 <= status[0] <= 299
            and response.source["attribute"] == "response.json()"
            and kind(response.prop) != "any"
        ):
            return response.prop
    return None


def list_items_property(parsed: Any, list_items: str | None) -> Any | None:
    """The property of one record of a list operation: `data`'s items, or the array's."""
    result = result_property(parsed)
    if result is None or list_items is None:
        return None
    array = None
    if list_items == "root" and kind(result) == "list":
        array = result
    elif list_items == "data" and kind(result) == "model":
        for prop in [*(result.required_properties or []), *(result.optional_properties or [])]:
            if prop.name == "data" and kind(prop) == "list":
                array = prop
    if array is None:
        return None
    return non_null(array).inner_property


def _parser(result: Any | None) -> str:
    if result is None:
        return "None"
    if kind(result) == "model":
        return f"model_of({result.class_info.name})"
    inner = non_null(result).inner_property
    if kind(result) == "list" and kind(inner) == "model":
        return f"list_of({inner.class_info.name})"
    return "None"


def _param(prop: Any, where: str, texts: Mapping[str, str]) -> Param:
    wire = _plain(prop.name)
    what = kind(prop)
    typed = annotation(prop)
    # Numbers are accepted as float too, and written exactly (`Decimal` in JSON).
    if what == "decimal":
        typed = "Decimal | float"
    elif what == "list" and kind(non_null(prop).inner_property) == "decimal":
        typed = "list[Decimal | float]"
    doc = _plain(prop.description) or texts.get(wire) or f"{where} `{wire}`."
    return Param(
        name=str(prop.python_name),
        wire=wire,
        annotation=typed,
        required=bool(prop.required),
        doc=doc,
        kind=what if what in ("int", "str") else "str",
    )


def _parameter_problems(endpoint: EndpointPlan) -> list[str]:
    params = endpoint.path_params + endpoint.keywords
    return [
        f"{endpoint.operation_id}: parameter {p.wire!r} would be named {p.name!r}, "
        "which the request core reserves"
        for p in params
        if p.name in RESERVED_PARAMETERS
    ]


def _action_problems(action: ActionPlan, taken: list[ActionPlan], tag: str) -> list[str]:
    name = action.name
    problems = []
    if not name.isidentifier() or keyword.iskeyword(name) or name in RESERVED_ACTIONS:
        problems.append(f"{action.endpoint.operation_id}: action name {name!r} is not usable")
    for other in taken:
        if other.name == name:
            problems.append(
                f"{action.endpoint.operation_id}: client.{tag}.{name} is already "
                f"{other.endpoint.operation_id}; add it to ACTION_NAMES"
            )
    return problems


def _action_order(action: ActionPlan) -> tuple[int, str]:
    name = action.name
    return (ACTION_ORDER.index(name) if name in ACTION_ORDER else len(ACTION_ORDER), name)


def model_imports(imports: Iterable[str]) -> tuple[str, ...]:
    """The generator's model import lines, as "<module> import <Class>", sorted."""
    prefix = "from ...models."
    return tuple(sorted({line[len(prefix) :] for line in imports if line.startswith(prefix)}))


def _plain(value: Any) -> str:
    """The text of a generator string, stripped; "" for None."""
    return text_of(value).strip()


# --- names ------------------------------------------------------------------------------


def _same_word(a: str, b: str) -> bool:
    return a == b or a + "s" == b or a == b + "s"


def _strip_tag_words(words: list[str], tag_words: list[str]) -> list[str]:
    """Drop the longest run of `words` that spells the tag (or its first two words)."""
    shortest = min(2, len(tag_words))
    for length in range(len(tag_words), shortest - 1, -1):
        for start in range(len(words) - length + 1):
            run = words[start : start + length]
            if all(_same_word(w, t) for w, t in zip(run, tag_words, strict=True)):
                rest = words[:start] + words[start + length :]
                if rest:
                    return rest
    return words


def action_name(tag: str, method: str, path: str, operation_id: str, *, is_list: bool) -> str:
    """The action of `client.<tag>` that calls this operation.

    On the tag's own collection (`/products`, or its singular `/sales_order_shipping_fee`)
    the REST verbs give list/get/create/update/delete. Below it (`/sales_orders/search`,
    `/sales_orders/{id}/returnable_items`) the path's words name the action. Elsewhere
    the operationId does, less the tag's words (`makeToOrderManufacturingOrder` ->
    `make_to_order`); a GET loses its get_/find_ prefix (`getAllInventoryMovements` ->
    `movements`).
    """
    from openapi_python_client.strings import snake_case  # noqa: PLC0415 - dev-only

    if operation_id in ACTION_NAMES:
        return ACTION_NAMES[operation_id]
    tag_words = tag.split("_")
    segments = [s for s in path.strip("/").split("/") if s]
    on_collection = bool(segments) and _same_word(segments[0], tag)
    static = [s for s in segments[1:] if not s.startswith("{")]
    if on_collection and not static:
        if len(segments) == 1:
            verbs = {"GET": "list" if is_list else "get", "POST": "create"}
        else:
            verbs = {"GET": "get"}
        verbs |= {"PATCH": "update", "PUT": "update", "DELETE": "delete"}
        if method in verbs:
            return verbs[method]
    if on_collection and static:
        noun = _strip_tag_words(snake_case("_".join(static)).split("_"), tag_words)
        prefix = {"PATCH": ["update"], "PUT": ["update"], "DELETE": ["delete"]}.get(method, [])
        return "_".join(prefix + noun)
    name = "_".join(_strip_tag_words(snake_case(operation_id).split("_"), tag_words))
    if method == "GET":
        for verb in _GET_PREFIXES:
            if name.startswith(verb) and len(name) > len(verb):
                return name[len(verb) :]
    return name


def resource_class(tag: str) -> str:
    """`sales_orders` -> `SalesOrdersResource`."""
    return "".join(word.capitalize() for word in tag.split("_")) + "Resource"


def parameter_docs(document: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """Each operation's parameter descriptions from the spec, by operationId and name.

    openapi-python-client 0.29.1 takes a parameter's description from its schema, while
    the spec (like OpenAPI itself, and Katana) puts it on the parameter object.
    """
    docs: dict[str, dict[str, str]] = {}
    for item in (document.get("paths") or {}).values():
        shared = item.get("parameters") or []
        for method in HTTP_METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found = docs.setdefault(operation["operationId"], {})
            for parameter in [*shared, *(operation.get("parameters") or [])]:
                text = " ".join(str(parameter.get("description") or "").split())
                if text and "name" in parameter:
                    found[parameter["name"]] = text
    return docs
