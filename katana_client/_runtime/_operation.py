"""The one request path: an operation's descriptor, and the core that sends it.

A generated endpoint module declares `OPERATION`, an `Operation` holding every fact about
its operation (method, path, parameters, body, result parser, list shape, repeat-safety).
Its typed functions hand their arguments to `send`, which checks and encodes them, sends
the request through the client's httpx client (so auth, retries and the rate limit
apply), then checks the status, decodes and parses. The descriptor rides along on the
request as the `katana_operation` extension: the resilience layer reads repeat-safety
from it, and pagination reads the list shape from the function it decorates.
"""

from __future__ import annotations

import functools
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, Generic, Literal, ParamSpec, TypeVar

from attrs import field, frozen

from ._convert import param_text, path_param, query_params
from ._json import dumps
from ._readers import operation_reading
from ._response import build_response
from ._types import UNSET, Response, SupportsAsyncHTTPX

__all__ = ["EXTENSION", "Operation", "list_of", "model_of", "parsed", "send"]

T = TypeVar("T")
M = TypeVar("M")
P = ParamSpec("P")
F = TypeVar("F", bound=Callable[..., Any])

#: The httpx request extension the descriptor is sent in (read by `operation_of`).
EXTENSION: Final = "katana_operation"

#: A query or header parameter: its wire name, or (wire name, Python name) when they
#: differ (`zip` is `zip_` in Python).
Param = str | tuple[str, str]


def _pairs(params: tuple[Param, ...]) -> tuple[tuple[str, str], ...]:
    return tuple((p, p) if isinstance(p, str) else p for p in params)


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
        query: The query parameters (see `Param`).
        headers: The header parameters (see `Param`).
        body: "required", "optional" or None (no body).
        parse: Turns a 2xx body's decoded JSON into the result; None keeps the JSON.
    """

    id: str
    method: str
    path: str
    idempotent: bool
    list_items: Literal["data", "root"] | None = None
    pagination: Literal["query", "body"] | None = None
    path_params: tuple[tuple[str, str, str], ...] = ()
    query: tuple[Param, ...] = ()
    headers: tuple[Param, ...] = ()
    body: Literal["required", "optional"] | None = None
    parse: Callable[[Any], T] | None = None
    # Derived once, read per request.
    _query: tuple[tuple[str, str], ...] = field(init=False, repr=False, eq=False)
    _headers: tuple[tuple[str, str], ...] = field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_query", _pairs(self.query))
        object.__setattr__(self, "_headers", _pairs(self.headers))

    @property
    def names(self) -> tuple[str, ...]:
        """The Python names of the operation's arguments (besides `client`), in order."""
        names = [attr for _, attr, _ in self.path_params]
        if self.body is not None:
            names.append("body")
        names += [attr for _, attr in self._query + self._headers]
        return tuple(names)

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
    parameters; names the operation does not declare are not read.

    Raises:
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` levels.
        KatanaResponseShapeError: A 2xx body's object lacks a required field or holds
            an unreadable value for it (`.response` holds the response).
    """
    url = op.path
    if op.path_params:
        url = url.format_map(
            {wire: path_param(op.id, wire, args[attr], kind) for wire, attr, kind in op.path_params}
        )
    kwargs: dict[str, Any] = {"extensions": {EXTENSION: op}}
    if op._query:
        kwargs["params"] = query_params({wire: args.get(attr, UNSET) for wire, attr in op._query})
    headers: dict[str, str] = {}
    for wire, attr in op._headers:
        value = args.get(attr, UNSET)
        if value is not UNSET and value is not None:
            headers[wire] = param_text(value)
    if op.body is not None:
        body = args.get("body", UNSET)
        if body is not UNSET:
            # Serialized here rather than with httpx's `json=`, which would turn Decimal
            # into float (or fail on it). DELETE bodies are sent the same way.
            kwargs["content"] = dumps(body)
            headers["Content-Type"] = "application/json"
    if headers:
        kwargs["headers"] = headers
    response = await client.get_async_httpx_client().request(op.method, url, **kwargs)
    with operation_reading(op.id, response):  # names the operation in reading's errors
        return build_response(response, op.parse)


def model_of(cls: type[M]) -> Callable[[Any], M]:
    """The parser of a body holding one `cls` object (kept as it came if not an object)."""
    read: Callable[[dict[str, Any]], M] = cls._from_owned  # type: ignore[attr-defined]

    def parse(data: Any) -> M:
        result: M = read(data) if data.__class__ is dict else data
        return result

    return parse


def list_of(cls: type[M]) -> Callable[[Any], list[M]]:
    """The parser of a body holding a bare array of `cls` objects (converted in place)."""
    read: Callable[[dict[str, Any]], M] = cls._from_owned  # type: ignore[attr-defined]

    def parse(data: Any) -> list[M]:
        if data.__class__ is list:
            for index, item in enumerate(data):
                if item.__class__ is dict:
                    data[index] = read(item)
        result: list[M] = data
        return result

    return parse


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
