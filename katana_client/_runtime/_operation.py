"""The one request path: an operation's descriptor, and the core that sends it.

A generated endpoint module declares `OPERATION`, an `Operation` holding every fact about
its operation (method, path, parameters, body, result parser, list shape, repeat-safety).
Its typed functions hand their arguments to `send`, which checks and encodes them, sends
the request through the client's httpx client (so auth, retries and the rate limit
apply), then checks the status, decodes and parses. The descriptor rides along with
the request in the call's `Exchange` (`_exchange.py`): the resilience layer reads
repeat-safety from it, and pagination reads the list shape from the function it
decorates.
"""

from __future__ import annotations

import functools
import typing
from collections.abc import Awaitable, Callable, Mapping
from decimal import Decimal
from typing import Any, Final, Generic, Literal, ParamSpec, TypeVar

import attrs
import httpx
from attrs import field, frozen

from katana_client._errors import (
    _NOT_RETRIED_NOTE,
    KatanaParameterError,
    KatanaResponseShapeError,
    _ShapeMismatch,
)
from katana_client.resilience._options import _HEADER_VALUE, defaults_applied

from ._convert import _ParamTextError, param_text, path_param, query_params, to_json_value
from ._exchange import Exchange, request_extensions
from ._json import _Unwritable, dumps
from ._response import build_response, not_json
from ._typed import typed_as
from ._types import UNSET, Response, SupportsAsyncHTTPX

__all__ = [
    "MAX_BODY_PAGE_SIZE",
    "Operation",
    "check_count",
    "list_of",
    "model_of",
    "model_or_none",
    "parsed",
    "send",
]

T = TypeVar("T")
M = TypeVar("M")
P = ParamSpec("P")
F = TypeVar("F", bound=Callable[..., Any])

#: Argument names that are never query parameters: the endpoint's client, a resource
#: method's self and per-call options (`RequestOptions`), and the request body.
_NOT_QUERY: Final = frozenset({"client", "self", "options", "body"})
#: searchSalesOrders / searchSalesOrderRows document `filter.limit` as 0 to 200.
MAX_BODY_PAGE_SIZE: Final = 200


@frozen
class Operation(Generic[T]):
    """Everything about one Katana operation that the request path needs.

    Attributes:
        id: The spec's operationId ("getAllProducts").
        method: The HTTP method.
        path: The path template, with `{wire_name}` placeholders.
        idempotent: Whether sending it twice equals sending it once; the resilience
            layer retries a request that may have reached Katana only when it is.
        list_items: Where a list operation's items are: "data" (`{"data": [...]}`) or
            "root" (a bare array); None when it does not list.
        pagination: How pages are asked for: "query" (page/limit parameters) or
            "body" (the request body's filter); None when it does not page.
        path_params: (wire name, Python name, kind) of each path value; the kind
            ("int", "str") is what `path_param` checks the value against.
        headers: (wire name, Python name) of each header parameter.
        renamed: (Python name, wire name) of each query parameter whose names differ
            (`zip_` is sent as `zip`). The query itself is not listed: every argument
            but the client, the body, path and header values is a query parameter,
            and the endpoint's typed signature says which there are.
        body: "required", "optional" or None (no body).
        parse: Turns a 2xx body's decoded JSON into the result; None keeps the JSON.
            A list operation's result is read from any envelope (see `_page`,
            `list_of`), a record's from an object or a one-element array.
    """

    id: str
    method: str
    path: str
    idempotent: bool
    list_items: Literal["data", "root"] | None = None
    pagination: Literal["query", "body"] | None = None
    path_params: tuple[tuple[str, str, str], ...] = ()
    headers: tuple[tuple[str, str], ...] = ()
    renamed: tuple[tuple[str, str], ...] = ()
    body: Literal["required", "optional"] | None = None
    parse: Callable[[Any], T] | None = None
    # Derived once, read per request.
    _not_query: frozenset[str] = field(init=False, repr=False, eq=False)
    _wire: dict[str, str] = field(init=False, repr=False, eq=False)
    _read: Callable[[Any], T] | None = field(init=False, repr=False, eq=False)
    _promised: bool = field(init=False, repr=False, eq=False)  # a 2xx body is documented

    def __attrs_post_init__(self) -> None:
        named = {attr for _, attr, _ in self.path_params} | {attr for _, attr in self.headers}
        object.__setattr__(self, "_not_query", _NOT_QUERY | named)
        object.__setattr__(self, "_wire", dict(self.renamed))
        read = self.parse
        if read is not None and self.list_items == "data":
            read = _page(read)
        object.__setattr__(self, "_read", read)
        optional = getattr(read, "__katana_optional__", False)  # `model_or_none`
        object.__setattr__(self, "_promised", read is not None and not optional)

    def endpoint(self, fn: F) -> F:
        """Mark `fn` as this operation's function, for pagination to read the descriptor."""
        fn.__katana_operation__ = self  # type: ignore[attr-defined]
        return fn


async def send(
    op: Operation[T], client: SupportsAsyncHTTPX, args: Mapping[str, Any]
) -> Response[T]:
    """Build `op`'s request from `args`, send it with `client`, return the `Response`.

    `args` maps Python parameter names to values (UNSET for "not given"). A generated
    function passes its `locals()`, taken first thing, so it holds exactly its
    parameters: `client`, the path values, `body`, headers, and the query parameters,
    which are all the others (`self` and `options` of a resource method are left out
    too).

    Raises:
        KatanaParameterError: A path value is of the wrong type or could name another
            path, a query value has no text to send, a page number or size is out of
            Katana's documented range, or the URL would be over 16 KiB; nothing was
            sent.
        TypeError: A page number or size is not an int; nothing was sent.
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` levels.
        KatanaResponseShapeError: The 2xx body is not JSON where the operation documents
            one, has no reading as the operation's result (a record operation answered
            with several records, say), or an object in it lacks a required field or
            holds an unreadable value for it (`.response` holds the response).
    """
    _check_paging(op, args)
    url = op.path
    if op.path_params:
        url = url.format_map(
            {wire: path_param(op.id, wire, args[attr], kind) for wire, attr, kind in op.path_params}
        )
    kwargs: dict[str, Any] = {"extensions": request_extensions(Exchange(op))}
    params = _query(op, args)
    if params:
        kwargs["params"] = params
        if len(url) + sum(len(k) + len(v) + 2 for k, v in params) > _MAX_URL:
            raise _too_long(op, url)
    headers: dict[str, str] = {}
    for wire, attr in op.headers:
        value = args.get(attr, UNSET)
        if value is not UNSET and value is not None:
            headers[wire] = _header_text(op, wire, value)
    if op.body is not None:
        body = args.get("body", UNSET)
        if body is not UNSET:
            # Serialized here rather than with httpx's `json=`, which would turn Decimal
            # into float (or fail on it). DELETE bodies are sent the same way.
            kwargs["content"] = _body(op, body)
            headers["Content-Type"] = "application/json"
    if headers:
        kwargs["headers"] = headers
    # A `KatanaClient.with_options` copy applies its settings to all it sends, through
    # resource methods and endpoint functions alike (see resilience/_options.py).
    with defaults_applied(client):
        try:
            response = await client.get_async_httpx_client().request(op.method, url, **kwargs)
        except httpx.InvalidURL:  # a part of it too long once percent-encoded
            raise _too_long(op, url) from None
    result = build_response(response, op._read, op.id)
    _refuse_not_json(op, response, result)
    return result


def _refuse_not_json(op: Operation[Any], response: httpx.Response, result: Response[Any]) -> None:
    """Raise if a 2xx body that gave no result is not JSON where `op` documents one. An
    empty body or JSON null is left to the caller (`KatanaEmptyResponseError` for a
    resource's action); an operation documented without a body keeps any in `content`."""
    if result.parsed is not None or not op._promised or not 200 <= result.status_code < 300:
        return
    content = result.content
    if (problem := not_json(content)) is None:
        return
    # A create answered like this was not sent again (`_transport`).
    after = _NOT_RETRIED_NOTE.format(what=op.id) if not op.idempotent else ""
    error = KatanaResponseShapeError(
        f"{op.id}: Katana answered {response.status_code}, but {problem}"
        + (f"; {after}" if after else "; the body is in `content`"),
        operation=op.id,
        status_code=response.status_code,
        content=content,
    )
    error.response = response
    error._not_json = problem
    raise error


def check_count(
    op: Operation[Any], name: str, value: object, least: int, most: int | None, why: str = ""
) -> None:
    """Refuse `value` for argument `name` of `op` unless it is a whole number from `least`
    to `most` (no upper bound when None): a `TypeError` for another type, else a
    `KatanaParameterError`; `why` ends the message."""
    allowed = f"from {least} to {most}" if most is not None else f"{least} or more"
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"{op.id}: {name} must be an int, {allowed}{why}, not {value!r}")
    if value < least or (most is not None and value > most):
        raise KatanaParameterError(
            f"{op.id}: {name} must be {allowed}{why}, not {value}; nothing was sent",
            operation=op.id,
            parameter=name,
        )


def _check_paging(op: Operation[Any], args: Mapping[str, Any]) -> None:
    """Refuse a page number or size outside the range Katana documents for `op`, which
    it answers with 422 after a round trip: the `page`/`limit` query parameters, or a
    search body's `filter.page`/`filter.limit` as the body will be written (a model's
    kept keys included)."""
    if op.pagination is None:
        return
    if op.pagination == "query":
        page, limit, most, where = args.get("page"), args.get("limit"), None, ""
        least_limit = 1
    else:
        body = to_json_value(args.get("body"))
        found = to_json_value(body.get("filter")) if isinstance(body, Mapping) else None
        if not isinstance(found, Mapping):
            return
        page, limit = found.get("page"), found.get("limit")
        most, where, least_limit = MAX_BODY_PAGE_SIZE, "filter.", 0
    why = " (Katana numbers pages from 1)"
    if page is not UNSET and page is not None:
        check_count(op, where + "page", page, 1, None, why)
    if limit is not UNSET and limit is not None:
        check_count(op, where + "limit", limit, least_limit, most)


def _body(op: Operation[Any], body: Any) -> bytes:
    """`body` written as JSON; a body that is no object (or list) of the operation's, or
    holds a value JSON or Katana cannot read, is refused naming where that value is."""
    if body is None or isinstance(body, str | bytes | bytearray | int | float | Decimal):
        raise KatanaParameterError(
            f"{op.id}: the request body is a {type(body).__name__}; pass the operation's "
            "model (or a dict of its JSON); nothing was sent",
            operation=op.id,
            parameter="body",
        )
    try:
        return dumps(body)
    except _Unwritable as exc:
        where = exc.where()
        raise KatanaParameterError(
            f"{op.id}: the request body{f' at {where}' if where else ''} holds "
            f"{exc.problem}; nothing was sent",
            operation=op.id,
            parameter=f"body.{where}" if where else "body",
        ) from None


def _header_text(op: Operation[Any], wire: str, value: Any) -> str:
    try:
        text = param_text(value)
    except _ParamTextError as exc:
        problem = str(exc)
    else:
        if _HEADER_VALUE.fullmatch(text):
            return text
        problem = "text with a line break, a control or a non-ASCII character"
    raise KatanaParameterError(
        f"{op.id}: header parameter {wire!r} is {problem}; nothing was sent",
        operation=op.id,
        parameter=wire,
    )


def _query(op: Operation[Any], args: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The query of `op`'s request: every argument that is no path value, header or body.

    Raises:
        KatanaParameterError: A value has no text to send.
    """
    renamed, not_query = op._wire, op._not_query
    # Most of an endpoint's filters are UNSET: left out here rather than in query_params.
    query = {
        renamed.get(k, k): value
        for k, value in args.items()
        if value is not UNSET and k not in not_query
    }
    try:
        return query_params(query) if query else []
    except _ParamTextError as exc:
        raise KatanaParameterError(
            f"{op.id}: query parameter {exc.parameter!r} is {exc}; nothing was sent",
            operation=op.id,
            parameter=exc.parameter,
        ) from None


# Longer URLs are refused by servers and proxies (HTTP 414) long before httpx's limit of
# 65,536 characters a part; Katana's longest, with every filter, are under 2,000.
_MAX_URL: Final = 16 * 1024


def _too_long(op: Operation[Any], url: str) -> KatanaParameterError:
    return KatanaParameterError(
        f"{op.id}: the request's URL would be over {_MAX_URL:,} characters; pass fewer "
        "or shorter values (for many ids, several calls); nothing was sent",
        operation=op.id,
        parameter="",
    )


# Katana's envelopes are not what its documents say: integrators report `{"data": [...]}`
# where a bare array is documented (getOperators, getSerialNumbers) and the reverse
# (getAllBinLocations), and single records wrapped in either (KATANA_API.md, "Response
# shapes reported from the live API"). So every parser reads every envelope; which one
# Katana documented decides only the result's type.


def _reads_data(cls: type[Any]) -> bool:
    # A model with a field `data` (a request DTO, a list page) reads `{"data": [...]}`
    # as itself, not as an envelope around its records.
    return attrs.has(cls) and "data" in attrs.fields_dict(cls)


def _what(data: Any) -> str:
    if data.__class__ is list:
        return f"an array of {len(data)} element(s)"
    return "null" if data is None else f"a JSON {type(data).__name__}"


def model_of(cls: type[M]) -> Callable[[Any], M]:
    """The parser of a body holding one `cls` record.

    An object is the record; so is the one object of an array or of `{"data": [...]}`
    (Katana wraps single records at times). Anything else, an empty array or several
    records included, raises `_ShapeMismatch` (`KatanaResponseShapeError` for the caller).
    """
    read: Callable[[dict[str, Any]], M] = cls._from_owned  # type: ignore[attr-defined]
    envelope = not _reads_data(cls)
    record_class: Any = cls

    def parse(data: Any) -> M:
        if data.__class__ is dict:
            if not (envelope and data.get("data").__class__ is list):
                if _error_object(record_class, data):
                    raise _ShapeMismatch(
                        f"Katana's error object (statusCode, name, message) where one "
                        f"{cls.__name__} object was expected"
                    )
                return read(data)
            data = data["data"]
        if data.__class__ is list and len(data) == 1 and data[0].__class__ is dict:
            return read(data[0])
        raise _ShapeMismatch(f"{_what(data)} where one {cls.__name__} object was expected")

    return typed_as(parse, cls)


def model_or_none(cls: type[M]) -> Callable[[Any], M | None]:
    """The parser of a body Katana documents none for, read as `cls` when it is one.

    Katana answers some operations documented as 204 with the record (`POST /bom_rows`,
    batchCreateBomRows, answers 200 with the created row): a body `model_of(cls)` reads
    becomes the model, and any other body gives None (its bytes stay in `content`),
    since the operation promised nothing and has succeeded.
    """
    record = model_of(cls)

    def parse(data: Any) -> M | None:
        try:
            return record(data)
        except _ShapeMismatch:
            return None

    parse.__katana_optional__ = True  # type: ignore[attr-defined]  # a body not promised
    return typed_as(parse, cls)


def list_of(cls: type[M]) -> Callable[[Any], list[M]]:
    """The parser of a body holding a list of `cls` records (converted in place).

    A bare array, `{"data": [...]}` and a lone object (a list of one) all read as the
    list; `{}` and `{"data": null}` as an empty one. An element that is not an object,
    or a body that is not a list of any kind, raises `_ShapeMismatch`.
    """
    read: Callable[[dict[str, Any]], M] = cls._from_owned  # type: ignore[attr-defined]
    envelope = not _reads_data(cls)

    def parse(data: Any) -> list[M]:
        if data.__class__ is dict:
            if envelope and "data" in data:
                data = data["data"] if data["data"] is not None else []
            else:
                _check_lone(cls, data)
                return [read(data)] if data else []
        if data.__class__ is not list:
            raise _ShapeMismatch(f"{_what(data)} where a list of {cls.__name__} was expected")
        for index, item in enumerate(data):
            if item.__class__ is not dict:
                raise _ShapeMismatch(f"{_what(item)} in a list of {cls.__name__} objects")
            data[index] = read(item)
        result: list[M] = data
        return result

    return typed_as(parse, list[cls])  # type: ignore[valid-type]


def _page(parse: Callable[[Any], T]) -> Callable[[Any], T]:
    """`parse` (of a `{"data": [...]}` page model) made to read every envelope.

    A bare array becomes the page's `data`, and so does a lone object (a page of one);
    `Operation` applies it to the operations whose `list_items` is "data".
    """

    def read(data: Any) -> T:
        if data.__class__ is list:
            data = {"data": data}
        elif data.__class__ is dict and data and "data" not in data:
            _check_lone(_item_class(page), data)
            data = {"data": [data]}
        items = data.get("data") if data.__class__ is dict else None
        if items.__class__ is list:
            for item in items:
                if item.__class__ is not dict:
                    raise _ShapeMismatch(f"{_what(item)} in a page of records")
        elif items is not None:
            raise _ShapeMismatch(f"`data` holding {_what(items)} where records were expected")
        return parse(data)

    # The typed decoder reads the documented envelope; the others take `read`.
    page = getattr(parse, "__katana_typed__", None)
    return typed_as(read, page)


def _check_lone(cls: Any, data: dict[str, Any]) -> None:
    """Refuse a lone object read as a list of one `cls` record when it is no such record:
    Katana's error shape (`statusCode`, `name`, `message`) answered with 200, or an
    object with none of the keys `cls` declares (not `id` alone: some records Katana
    documents come without one). Read as a record whose fields are missing, it would
    end a walk as a short last page."""
    keys = _keys_of(cls)
    if not keys or not data:
        return
    if _error_object(cls, data):
        problem = "Katana's error object (statusCode, name, message)"
    elif keys.isdisjoint(data):
        problem = f"a JSON object with none of {cls.__name__}'s keys"
    else:
        return
    raise _ShapeMismatch(f"{problem} where a list of {cls.__name__} records was expected")


def _error_object(cls: Any, data: dict[str, Any]) -> bool:
    """Whether `data` is Katana's error shape (`statusCode`, `name`, `message`) rather
    than a `cls` record (which declares no `statusCode`)."""
    return "statusCode" in data and "statusCode" not in _keys_of(cls)


@functools.cache
def _keys_of(cls: Any) -> frozenset[str]:
    return frozenset(key for key, _, _ in getattr(cls, "__katana_fields__", ()))


@functools.cache
def _item_class(page: Any) -> Any:
    """The record class of a page model's `data` list (None if it has none)."""
    hint = (
        typing.get_type_hints(page).get("data")
        if isinstance(page, type) and attrs.has(page)
        else None
    )
    for member in typing.get_args(hint) or (hint,):
        if typing.get_origin(member) is list:
            return typing.get_args(member)[0]
    return None


def parsed(detailed: Callable[P, Awaitable[Response[T]]]) -> Callable[P, Awaitable[T | None]]:
    """`asyncio` made from `asyncio_detailed`: the same call, returning only `parsed`."""

    @functools.wraps(detailed)
    async def call(*args: P.args, **kwargs: P.kwargs) -> T | None:
        return (await detailed(*args, **kwargs)).parsed

    # The generated module holds one docstring; only its "Returns:" differs here.
    doc = detailed.__doc__ or ""
    if (cut := doc.find("    Returns:\n")) >= 0:
        call.__doc__ = doc[:cut] + _RETURNS_PARSED
    return call


_RETURNS_PARSED: Final = """    Returns:
        The parsed body (the decoded JSON where Katana documents none), or None when
        the body is empty.
    """
