"""`FakeKatana`: an in-process Katana API, as a plain ASGI application.

Per request, in order: route by the spec (404 `NotFoundError` for unknown paths), apply
any injected fault, check the bearer key (401), count the request against the rate
limit (429 + `Retry-After`), validate parameters and JSON body against the spec (422 in
Katana's shape), then answer: from state for the core resources, from the spec's
example for everything else. Every answer past the rate limit check carries
`X-Ratelimit-*` headers; list answers carry `X-Pagination`.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
import math
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Final, Literal
from urllib.parse import parse_qsl

import anyio
import httpx

from katana_client._client import KatanaClient
from katana_client._errors import MissingReference
from katana_client._runtime import dumps, loads

from ._faults import FAULT_HEADER, Fault, FaultSet, parse_fault_header
from ._live import SHAPES, live_answer
from ._ratelimit import RateLimit
from ._spec import KatanaSpec, Operation, _pointer, load_spec
from ._state import COLLECTIONS, FakeState

__all__ = ["FAKE_API_KEY", "FakeConnectionReset", "FakeKatana", "RecordedRequest"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

#: The key `FakeKatana.client()` uses unless told otherwise.
FAKE_API_KEY: Final = "fake-katana-key"
#: Base URL for a fake reached through `httpx.ASGITransport`: loopback, so that a client
#: that lost its transport by mistake fails locally instead of calling anything remote.
ASGI_BASE_URL: Final = "http://127.0.0.1/v1"
_PREFIX: Final = "/v1"
_NOT_FILTERS: Final = frozenset({"page", "limit", "extend", "include_deleted", "include_archived"})
_SET_STYLE: Final = {
    "createInventoryReorderPoint": "reorder_point",
    "createInventorySafetyStockLevel": "safety_stock_level",
}


class FakeConnectionReset(httpx.ReadError):
    """Raised by the fake to drop a connection; through `httpx.ASGITransport` the client
    sees it as what it is, an `httpx.TransportError`. Served by uvicorn, the connection is
    closed mid-response and the client sees `httpx.RemoteProtocolError`."""


@dataclass(frozen=True)
class RecordedRequest:
    """A request the fake received, as tests want to inspect it."""

    method: str
    path: str
    operation_id: str | None
    query: tuple[tuple[str, str], ...]
    body: Any
    headers: Mapping[str, str]
    api_key: str | None
    #: The status the fake answered with; None while in flight or after a reset.
    status: int | None = None


@dataclass
class _Answer:
    status: int
    body: Any = None
    headers: dict[str, str] | None = None


def _error(status: int, name: str, message: str, **extra: Any) -> _Answer:
    return _Answer(status, {"statusCode": status, "name": name, "message": message, **extra})


def _detail(path: str, code: str, message: str, **info: Any) -> dict[str, Any]:
    """One entry of a 422's `details`, in Katana's (ajv's) shape."""
    return {"path": path, "code": code, "message": message, "info": info}


def _validation_error(details: list[dict[str, Any]]) -> _Answer:
    return _error(
        422,
        "UnprocessableEntityError",
        "The request body is invalid. See error object `details` property for more info.",
        code="VALIDATION_FAILED",
        details=details,
    )


class FakeKatana:
    """A fake Katana API built from the project's spec; an ASGI application.

    Use it through httpx's ASGI transport (no sockets at all)::

        fake = FakeKatana()
        async with fake.client() as client:     # a KatanaClient wired to the fake
            products = await get_all_products.asyncio(client=client)

    or serve it on 127.0.0.1 with `serve_fake_katana(fake)` for code that takes a URL.

    Args:
        seed: Start with a small catalogue (see `FakeState.seed`); False starts empty.
        api_keys: Keys accepted as `Authorization: Bearer <key>`; None accepts any
            non-empty key. Anything else gets 401.
        rate_limit: The limit to enforce: True (default) is Katana's 60 requests per
            60 s per key; False sends no rate-limit headers and never answers 429.
        pagination_as_strings: Send `X-Pagination` numbers and booleans as strings
            ("3", "true"), as integrators report Katana does.
        spec: A `KatanaSpec` or a path to a spec file; default: the bundled spec.
        shapes: "examples" (default) answers in the shapes of the portal's examples;
            "live" in those integrators report from the live API (the other list
            envelope for getOperators, getSerialNumbers, getAllBinLocations, ...; 200
            with the row for `POST /bom_rows`; decimals as strings; snake_case
            accounting metadata; extra fields and enum values), as listed in
            `katana_client.testing._live`.
    """

    def __init__(
        self,
        *,
        seed: bool = True,
        api_keys: Iterable[str] | None = None,
        rate_limit: RateLimit | bool = True,
        pagination_as_strings: bool = False,
        spec: KatanaSpec | str | None = None,
        shapes: Literal["examples", "live"] = "examples",
    ) -> None:
        """Build the fake; see the class docstring for the arguments."""
        if shapes not in SHAPES:
            raise ValueError(f"shapes must be one of {SHAPES}, not {shapes!r}")
        self.shapes = shapes
        self.spec = spec if isinstance(spec, KatanaSpec) else load_spec(spec)
        self.state = FakeState()
        if seed:
            self.state.seed()
        self.api_keys = frozenset(api_keys) if api_keys is not None else None
        self.rate_limit: RateLimit | None = (
            rate_limit if isinstance(rate_limit, RateLimit) else RateLimit() if rate_limit else None
        )
        self.pagination_as_strings = pagination_as_strings
        self.faults = FaultSet()
        self.requests: list[RecordedRequest] = []

    # -- wiring -----------------------------------------------------------------------

    def transport(self) -> httpx.ASGITransport:
        """An httpx transport that delivers requests straight to this fake."""
        return httpx.ASGITransport(app=self)

    def client(self, *, api_key: str = FAKE_API_KEY, **kwargs: Any) -> KatanaClient:
        """A `KatanaClient` talking to this fake in-process; other arguments pass through.

        Like a mock transport, the fake is reached raw by default: no client-side retries
        or rate limiting (`retry=False, rate_limit=False`), so each call reaches the fake
        once and a test sees the fake's 429s and injected faults as they are. Pass
        `retry=True` / `rate_limit=True` to test your code with the resilience layer.
        """
        kwargs.setdefault("base_url", ASGI_BASE_URL)
        kwargs.setdefault("transport", self.transport())
        kwargs.setdefault("retry", False)
        kwargs.setdefault("rate_limit", False)
        return KatanaClient(api_key=api_key, **kwargs)

    def operation_requests(self, operation_id: str) -> list[RecordedRequest]:
        """The recorded requests for one operation, oldest first."""
        return [r for r in self.requests if r.operation_id == operation_id]

    # -- ASGI -------------------------------------------------------------------------

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI connection (HTTP requests and the lifespan protocol)."""
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        index = len(self.requests)
        answer = await self._handle(scope, body, send)
        if index < len(self.requests):
            self.requests[index] = dataclasses.replace(self.requests[index], status=answer.status)
        payload = b"" if answer.body is None and answer.status == 204 else dumps(answer.body)
        headers = [(b"content-type", b"application/json; charset=utf-8")] if payload else []
        headers.append((b"content-length", str(len(payload)).encode()))
        headers += [(k.lower().encode(), v.encode()) for k, v in (answer.headers or {}).items()]
        await send({"type": "http.response.start", "status": answer.status, "headers": headers})
        await send({"type": "http.response.body", "body": payload})

    async def _handle(self, scope: Scope, raw_body: bytes, send: Send) -> _Answer:
        method = scope["method"].upper()
        path = scope["path"]
        if path == _PREFIX or path.startswith(_PREFIX + "/"):
            path = path[len(_PREFIX) :] or "/"
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = tuple(parse_qsl(scope.get("query_string", b"").decode(), keep_blank_values=True))
        routed = self.spec.match(method, path)
        op, path_values = routed if routed else (None, {})
        api_key = _bearer(headers.get("authorization", ""))
        self.requests.append(
            RecordedRequest(
                method=method,
                path=path,
                operation_id=op.operation_id if op else None,
                query=query,
                body=_try_json(raw_body),
                headers=headers,
                api_key=api_key,
            )
        )

        header_fault = parse_fault_header(headers.get(FAULT_HEADER, ""))
        fault = header_fault or self.faults.take(op.operation_id if op else None, method, path)
        if fault is not None:
            answer = await self._apply_fault(fault, send)
            if answer is not None:
                return answer

        if not api_key or (self.api_keys is not None and api_key not in self.api_keys):
            return _error(401, "UnauthorizedError", "Unauthorized")
        limit_headers: dict[str, str] = {}
        if self.rate_limit is not None:
            decision = self.rate_limit.check(api_key)
            limit_headers = decision.headers
            if not decision.allowed:
                answer = _error(
                    429,
                    "TooManyRequests",
                    f"Rate limit exceeded, retry in {decision.retry_after} seconds",
                )
                answer.headers = limit_headers
                return answer

        if op is None:
            answer = _error(404, "NotFoundError", f"Cannot {method} {_PREFIX}{path}")
        else:
            answer = self._answer(op, path_values, query, raw_body)
        answer.headers = {**limit_headers, **(answer.headers or {})}
        return answer

    async def _apply_fault(self, fault: Fault, send: Send) -> _Answer | None:
        if fault.delay > 0:
            await anyio.sleep(fault.delay)
        if fault.reset:
            # Announce a body, then drop the connection before sending it: what a reset
            # mid-response looks like to a client.
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [(b"content-length", b"64")],
                }
            )
            raise FakeConnectionReset("Connection reset by the fake Katana (injected fault)")
        if fault.status is not None:
            name = "InternalServerError" if fault.status >= 500 else "Error"
            answer = _error(fault.status, name, "Injected fault")
            if fault.body is not None:
                answer.body = fault.body
            answer.headers = dict(fault.headers)
            return answer
        return None

    # -- answering --------------------------------------------------------------------

    def _answer(
        self,
        op: Operation,
        path_values: Mapping[str, str],
        query: tuple[tuple[str, str], ...],
        raw_body: bytes,
    ) -> _Answer:
        params, details = self._read_params(op, path_values, query)
        body: Any = None
        if op.body_pointer is not None:
            if raw_body.strip():
                try:
                    body = loads(raw_body)
                except ValueError as exc:
                    return _error(400, "BadRequestError", f"Malformed JSON body: {exc}")
                details += _schema_errors(self.spec, op.body_pointer, body, "")
            elif op.body_required:
                details.append(_detail("", "required", "A JSON body is required"))
        if details:
            return _validation_error(details)
        try:
            answer = self._respond(op, params, body)
        except MissingReference as missing:
            return _validation_error([_detail(missing.path, "notFound", missing.message)])
        if self.shapes == "live" and 200 <= answer.status < 300:
            answer.status, answer.body = live_answer(
                self.spec, op, answer.status, answer.body, body
            )
        return answer

    def _read_params(
        self, op: Operation, path_values: Mapping[str, str], query: tuple[tuple[str, str], ...]
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        params: dict[str, Any] = {}
        details: list[dict[str, Any]] = []
        for index, param in enumerate(op.parameters):
            name, where, schema = param["name"], param["in"], param.get("schema", {})
            if where == "path":
                raw: list[str] = [path_values[name]] if name in path_values else []
            elif where == "query":
                raw = [v for k, v in query if k in (name, f"{name}[]")]
            else:
                continue
            if not raw:
                if param.get("required"):
                    message = f"must have required property '{name}'"
                    details.append(_detail(f".{name}", "required", message, missingProperty=name))
                continue
            value = _coerce(raw, schema)
            pointer = _pointer(
                "paths", op.path, op.method.lower(), "parameters", str(index), "schema"
            )
            details += _schema_errors(self.spec, pointer, value, f".{name}")
            params[name] = value
        return params, details

    def _respond(self, op: Operation, params: dict[str, Any], body: Any) -> _Answer:
        role = _role(op)
        if role is None:
            example = self.spec.example(op.operation_id)
            if op.status == 204:
                return _Answer(204)
            headers = {}
            if op.list_items is not None and op.pagination is not None:
                items = example.get("data", []) if isinstance(example, dict) else example
                count = len(items) if isinstance(items, list) else 0
                headers = self._pagination(count, 1, max(count, 1))
            return _Answer(op.status, example, headers)
        collection, action = role
        state = self.state
        if action == "set":
            level = {_SET_STYLE[op.operation_id]: body["value"]}
            state.set_inventory(body["variant_id"], body["location_id"], **level)
            return _Answer(200, {**self.spec.example(op.operation_id), **body})
        if action in {"list", "search"}:
            return self._list(op, collection, params, body)
        if action == "create":
            return _Answer(op.status, state.create(collection, body))
        return self._record_action(collection, action, int(params["id"]), params, body)

    def _record_action(
        self, collection: str, action: str, record_id: int, params: Mapping[str, Any], body: Any
    ) -> _Answer:
        state = self.state
        if action == "get":
            found = state.get(collection, record_id)
            found = found and self._extend(found, params.get("extend") or ())
        elif action == "update":
            found = state.update(collection, record_id, body or {})
        else:
            if state.delete(collection, record_id):
                return _Answer(204)
            found = None
        if found is None:
            return _error(404, "NotFoundError", f"Not found: {collection} {record_id}")
        return _Answer(200, found)

    def _list(
        self, op: Operation, collection: str, params: Mapping[str, Any], body: Any
    ) -> _Answer:
        if op.pagination == "body":
            search = (body or {}).get("filter") or {}
            page, limit = int(search.get("page", 1)), int(search.get("limit", 50))
            where = search.get("where") or {}
            filters = {k: v for k, v in where.items() if not isinstance(v, dict | list)}
        else:
            page, limit = int(params.get("page", 1)), int(params.get("limit", 50))
            filters = {k: v for k, v in params.items() if k not in _NOT_FILTERS}
        limit = max(limit, 1)
        start = (max(page, 1) - 1) * limit
        # Only the page's records are copied: the fake answers a page of a large
        # collection in the time a page takes, as Katana does.
        where = (lambda record: _matches(record, filters)) if filters else None
        total, records = self.state.page(collection, start, start + limit, where)
        items = [self._extend(r, params.get("extend") or ()) for r in records]
        payload: Any = {"data": items} if op.list_items == "data" else items
        return _Answer(op.status, payload, self._pagination(total, page, limit))

    def _extend(self, record: dict[str, Any], extend: Iterable[str]) -> dict[str, Any]:
        wanted = set(extend)
        if "variant" in wanted and record.get("variant_id") is not None:
            record["variant"] = self.state.get("variants", int(record["variant_id"]))
        if "product_or_material" in wanted:
            owner = record.get("product_id") or record.get("material_id")
            kind = "products" if record.get("product_id") else "materials"
            record["product_or_material"] = self.state.get(kind, int(owner)) if owner else None
        return record

    def _pagination(self, total: int, page: int, limit: int) -> dict[str, str]:
        pages = max(1, math.ceil(total / limit))
        info: dict[str, Any] = {
            "total_records": total,
            "total_pages": pages,
            "offset": (page - 1) * limit,
            "page": page,
            "first_page": page <= 1,
            "last_page": page >= pages,
        }
        if self.pagination_as_strings:
            info = {k: json.dumps(v) if isinstance(v, bool) else str(v) for k, v in info.items()}
        return {"X-Pagination": json.dumps(info)}


def _role(op: Operation) -> tuple[str, str] | None:
    """(collection, action) for operations served from state; None for example-only."""
    if op.operation_id in _SET_STYLE:
        return "inventory", "set"
    segments = op.path.strip("/").split("/")
    if segments[0] not in COLLECTIONS:
        return None
    collection = segments[0]
    if len(segments) == 1:
        action = {"GET": "list", "POST": "create"}.get(op.method)
    elif len(segments) == 2 and segments[1] == "{id}":
        action = {"GET": "get", "PATCH": "update", "DELETE": "delete"}.get(op.method)
    elif segments[1:] == ["search"] and op.method == "POST":
        action = "search"
    else:
        action = None
    if action is None or (collection == "inventory" and action != "list"):
        return None
    return collection, action


def _coerce(raw: list[str], schema: Mapping[str, Any]) -> Any:
    """Query text to the type its schema asks for; left as text when it does not parse,
    so that validation reports it."""
    kind = schema.get("type")
    if kind == "array":
        values = [part for value in raw for part in value.split(",") if part != ""]
        return [_coerce_one(v, schema.get("items", {}).get("type")) for v in values]
    return _coerce_one(raw[-1], kind)


def _coerce_one(text: str, kind: Any) -> Any:
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return Decimal(text) if Decimal(text).is_finite() else text
    except (ValueError, ArithmeticError):
        return text
    if kind == "boolean" and text.lower() in {"true", "false"}:
        return text.lower() == "true"
    return text


def _schema_errors(spec: KatanaSpec, pointer: str, value: Any, prefix: str) -> list[dict[str, Any]]:
    """jsonschema errors as Katana's 422 details (ajv-style `code` and `info`)."""
    details = []
    for error in spec.validator(pointer).iter_errors(value):
        path = prefix + "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in error.absolute_path
        )
        code = str(error.validator)
        info: dict[str, Any] = {}
        if code in {"minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems"}:
            info = {"limit": error.validator_value}
        elif code == "required":
            missing = error.message.split("'")[1] if "'" in error.message else ""
            path, info = f"{path}.{missing}", {"missingProperty": missing}
        elif code == "additionalProperties":
            info = {"additionalProperty": error.message.split("'")[1]}
        elif code == "enum":
            info = {"allowedValues": error.validator_value}
        elif code == "type":
            info = {"type": error.validator_value}
        elif code == "pattern":
            info = {"pattern": error.validator_value}
        details.append(_detail(path, code, error.message, **info))
    return sorted(details, key=lambda d: d["path"])


def _matches(record: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    """Katana's list filters: `ids` (and `<field>_ids`), `<date field>_min`/`_max`, and
    equality on any other parameter that names a field of the record (unknown ones are
    ignored)."""
    for name, wanted in filters.items():
        if name == "ids" or (name.endswith("_ids") and name[:-1] in record):
            have = record.get("id" if name == "ids" else name[:-1])
            if have not in set(wanted if isinstance(wanted, list) else [wanted]):
                return False
        elif name.endswith(("_min", "_max")) and name[:-4] in record:
            have, bound = _instant(record.get(name[:-4])), _instant(wanted)
            if have is None or bound is None:
                return False
            if (have < bound) if name.endswith("_min") else (have > bound):
                return False
        elif name in record and not _same(record[name], wanted):
            return False
    return True


def _instant(value: Any) -> datetime.datetime | None:
    try:
        parsed = datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=datetime.UTC)


def _same(have: Any, wanted: Any) -> bool:
    if isinstance(wanted, list):
        return any(_same(have, w) for w in wanted)
    if isinstance(have, bool) or isinstance(wanted, bool):
        return have is wanted
    return str(have) == str(wanted)


def _bearer(value: str) -> str | None:
    scheme, _, token = value.partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


def _try_json(raw: bytes) -> Any:
    if not raw.strip():
        return None
    try:
        return loads(raw)
    except ValueError:
        return raw
