"""Fuzz: random statuses, headers and bodies from a real server on 127.0.0.1.

Each case is generated from a fixed seed (so CI runs the same cases every time), served
byte for byte by tests/fuzzserver.py, and sent through the public API: resources
(`client.products.list()/get/create/delete`, walks with `async for`) and endpoint
modules, with a `KatanaClient` whose timeouts and retry budget are short. For every call
of every case the suite checks what the SDK promises whatever a server sends:

- only `KatanaError` subclasses escape (or `asyncio.CancelledError` when the test
  cancels);
- memory stays bounded (tracemalloc peak over the case, `MEMORY_CAP`);
- nothing outlives its timeout: each call must end within a bound derived from the
  client's timeout and retry budget (`call_bound`), however generous;
- a create reaches the server at most once per call, plus once after each complete 429
  (the one answer after which the README lets the SDK send a create again; a refused
  connection never reaches the server);
- the API key is in no error text (chained errors and notes included) and no log record.

Families (one test each): statuses, headers and framing; bodies; content encodings;
deeply nested JSON; huge responses; rate-limit headers; pagination; cancelling a call;
closing the client mid-call; path parameters; many calls at once; everything mixed;
and a body trickled a byte at a time (slowloris).
Cases per family default to `DEFAULT_CASES` (30-40 s in all on a loaded 2-core
machine); set `KATANA_FUZZ_CASES=500` to run more locally. A failure names the family,
the seed and each answer the server gave, so `pytest tests/test_fuzz.py -k "bodies and
17"` reproduces it.
"""

from __future__ import annotations

import asyncio
import gc
import gzip
import json
import logging
import os
import random
import re
import tracemalloc
import uuid
import zlib
from collections.abc import Awaitable, Callable, Iterator
from functools import cache
from typing import Any
from urllib.parse import unquote

import pytest
from attrs import define, field, frozen
from fuzzserver import (
    Arrival,
    Close,
    FuzzServer,
    Hang,
    Pause,
    Plan,
    Reset,
    Step,
    Write,
    chunked,
    response,
)

from katana_client import KatanaClient, KatanaError, RetryPolicy, paginate
from katana_client.generated.api.bom_rows import delete_bom_row
from katana_client.generated.api.operators import get_operators
from katana_client.generated.api.products import get_product
from katana_client.generated.api.sales_orders import (
    create_sales_order,
    get_all_sales_orders,
    search_sales_orders,
)
from katana_client.generated.models import (
    CreateProductDto,
    CreateProductVariantDto,
    CreateSalesOrderDto,
    SearchSalesOrdersDto,
)

DEFAULT_CASES = 5
CASES = int(os.environ.get("KATANA_FUZZ_CASES", DEFAULT_CASES))
SEEDS = range(CASES)

# Short, so that stalls end quickly; every phase (pool, connect, write, read) has it.
TIMEOUT = 0.5
POLICY = RetryPolicy(
    attempts=3, max_elapsed=2.0, initial=0.01, max_backoff=0.05, max_retry_after=0.3
)
# Twice the client's default `max_response_bytes` (32 MiB), which a huge case reads up
# to; far below what reading a huge case whole takes (HUGE, or 256 MiB gzipped).
MEMORY_CAP = 64 * 2**20
# Added to every bound: a loaded CI machine may be slow; only a hang goes past this.
GRACE = 5.0
PAGE_SIZE = 2

JSON = [("Content-Type", "application/json")]


# --- calls -----------------------------------------------------------------------------


@frozen
class Call:
    """One call of the public API that a case makes.

    Attributes:
        name: For failure messages.
        run: Makes the call with a client.
        creates: The (method, path) of the create it sends, if it is not repeat-safe.
        walk: Whether it walks pages (and so may send one request per page).
    """

    name: str
    run: Callable[[KatanaClient], Awaitable[object]]
    creates: tuple[str, str] | None = None
    walk: bool = False


async def _list_products(client: KatanaClient) -> object:
    return [product async for product in client.products.list(page_size=PAGE_SIZE)]


async def _product_pages(client: KatanaClient) -> object:
    return [len(page.items) async for page in client.products.list(page_size=PAGE_SIZE).pages()]


async def _get_product(client: KatanaClient) -> object:
    return await client.products.get(7)


async def _create_product(client: KatanaClient) -> object:
    body = CreateProductDto(name="Fuzz", variants=[CreateProductVariantDto(sku="FUZZ-1")])
    return await client.products.create(body)


async def _delete_product(client: KatanaClient) -> object:
    await client.products.delete(7)
    return None


async def _get_product_endpoint(client: KatanaClient) -> object:
    return await get_product.asyncio(client=client, id=7)


async def _create_order_endpoint(client: KatanaClient) -> object:
    body = CreateSalesOrderDto(customer_id=1, order_no="SO-FUZZ", sales_order_rows=[])
    return await create_sales_order.asyncio(client=client, body=body)


async def _search_orders_endpoint(client: KatanaClient) -> object:
    return await search_sales_orders.asyncio(client=client, body=SearchSalesOrdersDto())


async def _operators_endpoint(client: KatanaClient) -> object:
    return await get_operators.asyncio(client=client)


async def _walk_orders_endpoint(client: KatanaClient) -> object:
    walk = paginate(get_all_sales_orders.asyncio_detailed, client=client, page_size=PAGE_SIZE)
    return [order async for order in walk]


async def _search_orders_walk(client: KatanaClient) -> object:
    walk = client.sales_orders.search(SearchSalesOrdersDto(), page_size=PAGE_SIZE)
    return [order async for order in walk]


async def _list_operators(client: KatanaClient) -> object:
    return [operator async for operator in client.operators.list(page_size=PAGE_SIZE)]


LIST_PRODUCTS = Call("client.products.list()", _list_products, walk=True)
PRODUCT_PAGES = Call("client.products.list().pages()", _product_pages, walk=True)
GET_PRODUCT = Call("client.products.get(7)", _get_product)
CREATE_PRODUCT = Call("client.products.create()", _create_product, ("POST", "/v1/products"))
DELETE_PRODUCT = Call("client.products.delete(7)", _delete_product)
GET_PRODUCT_ENDPOINT = Call("get_product.asyncio(id=7)", _get_product_endpoint)
CREATE_ORDER_ENDPOINT = Call(
    "create_sales_order.asyncio()", _create_order_endpoint, ("POST", "/v1/sales_orders")
)
SEARCH_ORDERS_ENDPOINT = Call("search_sales_orders.asyncio()", _search_orders_endpoint)
OPERATORS_ENDPOINT = Call("get_operators.asyncio()", _operators_endpoint)
WALK_ORDERS_ENDPOINT = Call("paginate(get_all_sales_orders)", _walk_orders_endpoint, walk=True)
SEARCH_ORDERS_WALK = Call("client.sales_orders.search()", _search_orders_walk, walk=True)
LIST_OPERATORS = Call("client.operators.list()", _list_operators, walk=True)

SINGLE_CALLS = [
    GET_PRODUCT,
    CREATE_PRODUCT,
    DELETE_PRODUCT,
    GET_PRODUCT_ENDPOINT,
    CREATE_ORDER_ENDPOINT,
    SEARCH_ORDERS_ENDPOINT,
    OPERATORS_ENDPOINT,
]
WALKS = [
    LIST_PRODUCTS,
    PRODUCT_PAGES,
    WALK_ORDERS_ENDPOINT,
    SEARCH_ORDERS_WALK,
    LIST_OPERATORS,
]
ALL_CALLS = SINGLE_CALLS + WALKS


# --- cases -----------------------------------------------------------------------------


@define
class Case:
    """A generated case: the calls to make and the server's answers, in order.

    When the plans run out, `fallback` answers (by default a clean, empty 200).
    """

    family: str
    seed: int
    calls: list[Call]
    plans: list[Plan]
    fallback: Callable[[Arrival, Plan | None], Plan] | None = None
    served: list[str] = field(factory=list)

    def answer(self, arrival: Arrival) -> Plan:
        index = len(self.served)
        if index < len(self.plans):
            plan = self.plans[index]
        elif self.fallback is not None:
            plan = self.fallback(arrival, self.plans[-1] if self.plans else None)
        else:
            plan = _clean(arrival)
        self.served.append(f"{arrival.method} {arrival.target} -> {plan.label}")
        return plan

    def describe(self) -> str:
        calls = ", ".join(call.name for call in self.calls)
        served = "\n    ".join(self.served[:12]) or "(no request arrived)"
        more = f"\n    ... {len(self.served) - 12} more" if len(self.served) > 12 else ""
        return f"{self.family} seed {self.seed}; calls: {calls}\n  served:\n    {served}{more}"


def _clean(arrival: Arrival) -> Plan:
    body = b'{"data": []}' if arrival.method == "GET" else b'{"id": 1}'
    if arrival.path.endswith("/operators"):
        body = b"[]"
    if arrival.path.endswith("/search"):
        body = b'{"data": []}'
    return Plan((Write(response(200, JSON, body)),), "fallback 200")


def _repeat_last(arrival: Arrival, last: Plan | None) -> Plan:
    return last if last is not None else _clean(arrival)


def call_bound(case: Case, call: Call) -> float:
    """Seconds a call may take before it counts as hung.

    An attempt may use each timeout phase once (pool, connect, write, read), wait out
    a capped Retry-After and a backoff, and last as long as the server deliberately
    trickles; a call makes at most `attempts` attempts per request, and a walk one
    request per page: at most one page per scripted answer, plus the repeat that
    shows the walk is going round in circles, plus the last.
    """
    slow = max((plan.slow for plan in case.plans), default=0.0)
    per_attempt = 4 * TIMEOUT + slow + POLICY.max_retry_after + POLICY.max_backoff
    requests = len(case.plans) + 3 if call.walk else 1
    return GRACE + requests * (POLICY.attempts * per_attempt + POLICY.max_elapsed)


# --- running a case --------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _traced_memory() -> Iterator[None]:
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        yield
    finally:
        if started:
            tracemalloc.stop()


class _LogText(logging.Handler):
    """Keeps the text of every record, its extra fields included."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.texts.append(f"{record.getMessage()} {record.__dict__!r}")


@pytest.fixture(autouse=True)
def _no_key_in_logs() -> Iterator[None]:
    """No record of the SDK's logger, at any level, holds a case's API key."""
    logger = logging.getLogger("katana_client")
    handler = _LogText()
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
    leaked = [text[:300] for text in handler.texts if _KEY.search(text)]
    assert not leaked, f"the API key was logged: {leaked[:3]}"


# Every case's key matches this, so that no text it should not be in can hide it.
_KEY = re.compile(r"fuzz-[0-9a-f]{32}")


def _client(server: FuzzServer) -> KatanaClient:
    # A key of its own per case: the process-wide rate limiter keeps one bucket per
    # key and origin, and ports are reused; no case may inherit another's pause.
    return KatanaClient(
        api_key=f"fuzz-{uuid.uuid4().hex}",
        base_url=f"{server.url}/v1",
        timeout=TIMEOUT,
        retry=POLICY,
    )


async def _bounded(coro: Awaitable[object], bound: float) -> tuple[str, object]:
    """Run `coro` for at most `bound` seconds: ("ok", result), ("raised", exc) or
    ("hung", None) after cancelling it."""
    task = asyncio.ensure_future(coro)
    done, _ = await asyncio.wait({task}, timeout=bound)
    if not done:
        task.cancel()
        await asyncio.wait({task}, timeout=GRACE)
        return "hung", None
    if task.cancelled():
        return "cancelled", None
    return _settled(task)


async def _settled_arrivals(server: FuzzServer) -> int:
    """The number of arrivals once the server has read what was already sent to it.

    The server shares the event loop: bytes the client wrote before it stopped may
    still wait in the socket for a few loop turns; they are not requests sent later.
    """
    await asyncio.sleep(0.02)
    return len(server.arrivals)


def _settled(task: asyncio.Future[object]) -> tuple[str, object]:
    exc = task.exception()
    return ("raised", exc) if exc is not None else ("ok", task.result())


def _check_outcome(case: Case, call: Call, kind: str, value: object, bound: float) -> None:
    if kind == "hung":
        pytest.fail(f"{call.name} did not end within {bound:.1f} s\n{case.describe()}")
    if kind == "cancelled":
        pytest.fail(f"{call.name} was cancelled by no one\n{case.describe()}")
    if kind == "raised" and not isinstance(value, KatanaError):
        assert isinstance(value, BaseException)
        pytest.fail(
            f"{call.name} raised {type(value).__module__}.{type(value).__qualname__}, "
            f"not a KatanaError: {_short(value)}\n{case.describe()}"
        )
    if kind == "raised":
        assert isinstance(value, BaseException)
        for text in _texts_of(value):
            assert not _KEY.search(text), (
                f"{call.name} raised an error whose text holds the API key: {text[:300]}\n"
                f"{case.describe()}"
            )


def _texts_of(exc: BaseException) -> Iterator[str]:
    """str, repr, args and notes of `exc` and of every exception chained to it."""
    seen: set[int] = set()
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield str(current)
        yield repr(current)
        yield repr(current.args)
        yield from getattr(current, "__notes__", [])
        todo += [current.__cause__, current.__context__]


def _check_creates(case: Case, call: Call, arrivals: list[Arrival]) -> None:
    if call.creates is None:
        return
    method, path = call.creates
    sent = [a for a in arrivals if a.method == method and a.path == path]
    allowed = 1 + sum(1 for a in sent if a.plan is not None and a.plan.clean_429)
    if len(sent) > allowed:
        pytest.fail(
            f"{call.name} reached the server {len(sent)} times "
            f"(at most {allowed}: once, plus once per complete 429)\n{case.describe()}"
        )


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 300 else text[:300] + "..."


async def run_case(case: Case) -> None:
    """Make the case's calls against a server answering with its plans; check each."""
    gc.collect()
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    async with FuzzServer(case.answer) as server:
        client = _client(server)
        try:
            for call in case.calls:
                first = len(server.arrivals)
                bound = call_bound(case, call)
                kind, value = await _bounded(call.run(client), bound)
                _check_outcome(case, call, kind, value, bound)
                del value
                _check_creates(case, call, server.arrivals[first:])
        finally:
            await client.aclose()
    peak = tracemalloc.get_traced_memory()[1] - baseline
    assert peak < MEMORY_CAP, (
        f"memory grew by {peak / 2**20:.0f} MiB (cap {MEMORY_CAP / 2**20:.0f} MiB)\n"
        f"{case.describe()}"
    )
    gc.collect()  # an unclosed socket warns here, inside this case, not in a later one


def _rng(family: str, seed: int) -> random.Random:
    return random.Random(f"katana-fuzz:{family}:{seed}")


# --- what the server sends: bodies -----------------------------------------------------


def _json(value: Any) -> bytes:
    return json.dumps(value).encode()


def _anything(rng: random.Random, depth: int = 0) -> Any:
    """A JSON value of any type: what a field holds when Katana sends the wrong type."""
    kinds = ["int", "big", "float", "str", "numstr", "none", "bool"]
    if depth < 3:
        kinds += ["list", "dict"]
    kind = rng.choice(kinds)
    if kind == "int":
        return rng.randint(-(2**31), 2**31)
    if kind == "big":
        return rng.choice([2**64, -(2**63) - 1, 10**30, 2**53 + 1])
    if kind == "float":
        return rng.choice([0.1, -0.0, 1e308, 5e-324, 1.5])
    if kind == "str":
        return rng.choice(["", "null", "undefined", "é\u2028\ufeff", "x" * 300, "2024-13-45T99:99"])
    if kind == "numstr":
        return rng.choice(["45.0000000000", "1e400", "NaN", "-0", "0x10", " 12 "])
    if kind == "none":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "list":
        return [_anything(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["id", "name", "", "é", "data"]): _anything(rng, depth + 1)}


def _record(rng: random.Random, record_id: int | None = None) -> dict[str, Any]:
    """A product/order-like record whose fields are right, wrong or missing at random."""
    record: dict[str, Any] = {"id": record_id if record_id is not None else rng.randint(1, 10**6)}
    if rng.random() < 0.3:
        record["id"] = _anything(rng)
    for name in ["name", "type", "created_at", "variants", "custom_fields", "status", "rows"]:
        roll = rng.random()
        if roll < 0.3:
            record[name] = _anything(rng)
        elif roll < 0.5:
            record[name] = {"name": "Fuzz", "type": "product", "status": "NOT_SHIPPED"}.get(
                name, "2024-01-02T03:04:05.000Z"
            )
    if rng.random() < 0.3:
        record[f"unknown_{rng.randint(0, 9)}"] = _anything(rng)
    return record


def _document(rng: random.Random) -> Any:
    """A JSON document of any shape a call might get: a page, an object, a bare array."""
    shape = rng.choice(["page", "page", "object", "array", "wrong-data", "error"])
    records = [_record(rng) for _ in range(rng.randint(0, 3))]
    if shape == "page":
        return {"data": records}
    if shape == "object":
        return _record(rng)
    if shape == "array":
        return records
    if shape == "wrong-data":
        return {"data": _anything(rng)}
    return {
        "statusCode": _anything(rng),
        "name": rng.choice(["NotFoundError", 5, None, ["x"]]),
        "message": _anything(rng),
        "code": _anything(rng),
        "details": rng.choice([_anything(rng), [_anything(rng), {"path": 1, "info": "x"}]]),
        "error": rng.choice([None, "text", {"details": _anything(rng)}]),
    }


_SCALARS = [b"null", b"true", b"0", b'"text"', b"[]", b"{}", b"-1", b"1e999", b'""']
_HTML = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1>cloudflare</body></html>"


def _odd_body(rng: random.Random) -> tuple[bytes, str]:  # noqa: C901 - one dispatch
    """A body that is wrong in one of the ways servers and proxies get bodies wrong."""
    valid = _json(_document(rng))
    kind = rng.choice(
        [
            "document", "document", "scalar", "truncated", "html", "empty", "invalid-utf8",
            "bom", "utf16", "nan", "huge-number", "surrogates", "duplicate-keys", "control",
            "nested-64",
        ]
    )  # fmt: skip
    if kind == "document":
        return valid, "JSON document"
    if kind == "scalar":
        return rng.choice(_SCALARS), "JSON scalar"
    if kind == "truncated":
        return valid[: rng.randint(0, max(0, len(valid) - 1))], "truncated JSON"
    if kind == "html":
        return _HTML, "HTML page"
    if kind == "empty":
        return rng.choice([b"", b"   \r\n\t"]), "empty body"
    if kind == "invalid-utf8":
        cut = rng.randint(0, len(valid))
        return valid[:cut] + rng.choice([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\x80"]) + valid[
            cut:
        ], "invalid UTF-8"
    if kind == "bom":
        return b"\xef\xbb\xbf" + valid, "UTF-8 BOM"
    if kind == "utf16":
        encoding = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
        return valid.decode().encode(encoding), encoding
    if kind == "nan":
        constant = rng.choice([b"NaN", b"Infinity", b"-Infinity"])
        return b'{"id": ' + constant + b', "data": [{"id": ' + constant + b"}]}", "NaN/Infinity"
    if kind == "huge-number":
        number = rng.choice(
            [
                b"1e999999",
                b"9" * 5000,
                b"1e1000000000000000000",
                b"-" + b"9" * 40,
                b"1" + b"0" * 400 + b".5",
            ]
        )
        return b'{"id": ' + number + b', "data": [{"id": ' + number + b"}]}", "huge number"
    if kind == "surrogates":
        return (
            b'{"id": 1, "name": "\\ud800\\udc00\\ud800", "data": [{"id": 1, "name": "\\udfff"}]}',
            ("lone surrogates"),
        )
    if kind == "duplicate-keys":
        return b'{"id": 1, "id": "x", "data": [], "data": {"id": 2}}', "duplicate keys"
    if kind == "control":
        return b'{"id": 1, "name": "a\x00b\x1f\x7f", "data": [{"id": 1, "name": "\x01"}]}', (
            "raw control characters"
        )
    depth = rng.randint(2, 64)
    nested = "[" * depth + "1" + "]" * depth
    return f'{{"id": 1, "name": {nested}, "data": [{{"id": 2, "rows": {nested}}}]}}'.encode(), (
        f"nested {depth} deep"
    )


# --- what the server sends: statuses, headers, framing ---------------------------------

STATUSES = [
    200, 200, 200, 201, 202, 203, 204, 205, 206, 226, 299,
    300, 301, 302, 303, 304, 307, 308, 399,
    400, 401, 403, 404, 405, 408, 409, 410, 412, 413, 418, 422, 425, 429, 431, 451, 499,
    500, 501, 502, 503, 504, 505, 507, 520, 521, 522, 524, 598, 599, 600, 799, 999,
]  # fmt: skip
RAW_STATUS_LINES = [
    b"HTTP/1.1 200",
    b"HTTP/1.0 200 OK",
    b"HTTP/1.1 2000 Too Long",
    b"HTTP/1.1 -1 Negative",
    b"HTTP/1.1 20x Letters",
    b"HTTP/2 200 OK",
    b"ICY 200 OK",
    b"garbage",
    b"HTTP/1.1 200 \xff\xfe",
    b"",
]
CONTENT_TYPES = [
    "application/json",
    "application/json",
    "application/json; charset=utf-8",
    "application/json; charset=utf-16",
    "application/json; charset=nonsense",
    "application/problem+json",
    "text/html",
    "text/plain",
    "application/octet-stream",
    "json",
    "",
]


def _headers(
    rng: random.Random, *, junk: bool
) -> tuple[list[tuple[str, str] | tuple[bytes, bytes]], str]:
    """A Content-Type, and (with `junk`) headers a proxy or a broken server might add."""
    headers: list[tuple[str, str] | tuple[bytes, bytes]] = []
    content_type = rng.choice([*CONTENT_TYPES, None])
    if content_type is not None:
        headers.append(("Content-Type", content_type))
    if not junk or rng.random() < 0.5:
        return headers, f"Content-Type {content_type!r}"
    kind = rng.choice(
        [
            "long-value", "very-long-value", "latin1", "space-in-name", "fold", "nul",
            "many", "location", "duplicate-type", "no-colon",
        ]
    )  # fmt: skip
    extra: dict[str, list[tuple[str, str] | tuple[bytes, bytes]]] = {
        "long-value": [("X-Fuzz", "a" * 8000)],
        "very-long-value": [("X-Fuzz", "a" * 200_000)],
        "latin1": [(b"X-Fuzz", b"caf\xe9 \xff")],
        "space-in-name": [(b"Bad Header", b"x")],
        "fold": [(b"X-Fold", b"a\r\n  continued")],
        "nul": [(b"X-Nul", b"a\x00b")],
        "many": [(f"X-Many-{i}", "v") for i in range(3000)],
        "location": [("Location", "http://attacker.invalid/steal")],
        "duplicate-type": [("Content-Type", "text/html")],
        "no-colon": [(b"NoColonHere", b"")],
    }
    headers += extra[kind]
    return headers, f"Content-Type {content_type!r}, {kind} header"


def _pieces(body: bytes, count: int) -> list[bytes]:
    step = max(1, len(body) // max(1, count))
    return [body[i : i + step] for i in range(0, len(body), step)] or [b""]


def _frame(  # noqa: C901 - one dispatch over the framings
    rng: random.Random,
    status: int | bytes,
    headers: list[tuple[str, str] | tuple[bytes, bytes]],
    body: bytes,
    label: str,
    *,
    framings: list[str] | None = None,
    sane_headers: bool = True,
) -> Plan:
    """Put a response on the wire in one of the ways a server may frame (or break) it."""
    framing = rng.choice(framings or FRAMINGS)
    whole = response(status, headers, body)
    steps: list[Step]
    slow = 0.0
    if framing == "exact":
        steps = [Write(whole)]
    elif framing == "chunked":
        sizes = [rng.randint(1, 64) for _ in range(3)]
        steps = [
            Write(
                response(
                    status,
                    [*headers, ("Transfer-Encoding", "chunked")],
                    chunked(body, sizes),
                    length=None,
                )
            )
        ]
    elif framing == "close-delimited":
        steps = [Write(response(status, headers, body, length=None)), Close()]
    elif framing == "cl-short":
        steps = [
            Write(response(status, headers, body, length=max(0, len(body) - rng.randint(1, 9))))
        ]
    elif framing == "cl-long-close":
        steps = [
            Write(response(status, headers, body, length=len(body) + rng.randint(1, 99))),
            Close(),
        ]
    elif framing == "cl-long-hang":
        steps = [
            Write(response(status, headers, body, length=len(body) + rng.randint(1, 99))),
            Hang(),
        ]
    elif framing == "cl-garbage":
        value = rng.choice(["abc", "-1", "1e3", "99999999999999999999999", f"{len(body)}, 3", " "])
        steps = [
            Write(response(status, [*headers, ("Content-Length", value)], body, length=None)),
            Close(),
        ]
    elif framing == "cl-twice":
        extra = ("Content-Length", str(len(body) + 5))
        steps = [Write(response(status, [*headers, extra], body)), Close()]
    elif framing == "chunked-bad":
        bad = rng.choice(
            [b"zz\r\n" + body, chunked(body, [7], end=False), b"ffffffffff\r\n" + body]
        )
        te = ("Transfer-Encoding", "chunked")
        steps = [Write(response(status, [*headers, te], bad, length=None)), Close()]
    elif framing == "chunked-and-length":
        te = ("Transfer-Encoding", "chunked")
        steps = [Write(response(status, [*headers, te], chunked(body, [5]))), Close()]
    elif framing == "transfer-gzip":
        steps = [Write(response(status, [*headers, ("Transfer-Encoding", "gzip")], body)), Close()]
    elif framing == "truncate":
        steps = [Write(whole[: rng.randint(0, len(whole) - 1)]), Close()]
    elif framing == "reset-mid":
        steps = [Write(whole[: rng.randint(1, len(whole) - 1)]), Reset()]
    elif framing == "reset-before":
        steps = [Reset()]
    elif framing == "close-before":
        steps = [Close()]
    elif framing == "stall-mid":
        steps = [Write(whole[: rng.randint(1, len(whole) - 1)]), Hang()]
    elif framing == "hang":
        steps = [Hang()]
    elif framing == "trickle":
        pause = rng.uniform(0.01, TIMEOUT / 4)
        parts = _pieces(whole, rng.randint(2, 5))
        steps = []
        for part in parts:
            steps += [Write(part), Pause(pause)]
        slow = pause * len(parts)
    elif framing == "pause-first":
        slow = rng.uniform(0.01, TIMEOUT / 2)
        steps = [Pause(slow), Write(whole)]
    elif framing == "informational":
        early = rng.choice(
            [
                b"HTTP/1.1 100 Continue\r\n\r\n",
                b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n",
                b"HTTP/1.1 102 Processing\r\n\r\n" * 3,
                b"HTTP/1.1 199 Odd\r\nRetry-After: 86400\r\n\r\n",
            ]
        )
        steps = [Write(early + whole)]
    else:  # "switching": 101, then anything
        switch = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: fuzz\r\nConnection: Upgrade\r\n\r\n"
        steps = [Write(switch + whole), Close()]
    clean = status == 429 and sane_headers and framing in _COMPLETE
    return Plan(tuple(steps), f"{label}, {framing}", clean_429=clean, slow=slow)


FRAMINGS = [
    "exact", "exact", "exact", "exact", "chunked", "close-delimited", "cl-short",
    "cl-long-close", "cl-long-hang", "cl-garbage", "cl-twice", "chunked-bad",
    "chunked-and-length", "transfer-gzip", "truncate", "reset-mid", "reset-before",
    "close-before", "stall-mid", "hang", "trickle", "pause-first", "informational",
    "switching",
]  # fmt: skip
# Framings after which the client has read a whole, well-formed response.
_COMPLETE = {
    "exact",
    "chunked",
    "close-delimited",
    "cl-short",
    "trickle",
    "pause-first",
    "informational",
}
BODY_FRAMINGS = ["exact"] * 6 + ["chunked", "close-delimited", "truncate", "trickle"]


# --- families ----------------------------------------------------------------------------


def _calls(rng: random.Random, pool: list[Call], most: int = 3) -> list[Call]:
    return [rng.choice(pool) for _ in range(rng.randint(1, most))]


def _plans(rng: random.Random, make: Callable[[random.Random], Plan], most: int) -> list[Plan]:
    return [make(rng) for _ in range(rng.randint(1, most))]


def _status_plan(rng: random.Random) -> Plan:
    status: int | bytes = rng.choice(STATUSES)
    if rng.random() < 0.1:
        status = rng.choice(RAW_STATUS_LINES)
    headers, about = _headers(rng, junk=True)
    body = _json(_document(rng))
    label = f"{status!r}, {about}"
    return _frame(rng, status, headers, body, label, sane_headers="header" not in about)


def statuses_case(seed: int) -> Case:
    """Any status (1xx before the answer, 299, 499, 520, 598, 999, broken status lines),
    odd headers, and every framing: lying lengths, broken chunks, resets, stalls."""
    rng = _rng("statuses", seed)
    return Case("statuses", seed, _calls(rng, ALL_CALLS), _plans(rng, _status_plan, 4))


def _body_plan(rng: random.Random) -> Plan:
    status = rng.choice([200] * 6 + [201, 299, 400, 404, 422, 429, 500, 503])
    headers, about = _headers(rng, junk=False)
    body, what = _odd_body(rng)
    label = f"{status}, {what}, {about}"
    return _frame(rng, status, headers, body, label, framings=BODY_FRAMINGS)


def bodies_case(seed: int) -> Case:
    """Bodies of the wrong shape and types, cut short, in odd encodings of text (BOMs,
    UTF-16, invalid UTF-8, lone surrogates), with NaN and numbers no float holds."""
    rng = _rng("bodies", seed)
    return Case("bodies", seed, _calls(rng, ALL_CALLS), _plans(rng, _body_plan, 4))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_statuses_headers_and_framing(seed: int) -> None:
    await run_case(statuses_case(seed))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_bodies(seed: int) -> None:
    await run_case(bodies_case(seed))


def _deflate_raw(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-15)
    return packer.compress(data) + packer.flush()


def _encoded(rng: random.Random, body: bytes) -> tuple[list[tuple[str, str]], bytes, str]:
    """A Content-Encoding label and a body that matches it, or not."""
    kind = rng.choice(
        [
            "gzip", "gzip-label-plain", "gzip-truncated", "gzip-trailing-garbage", "deflate",
            "deflate-raw", "deflate-label-gzip", "br-label-gzip", "br-label-plain",
            "zstd-label-plain", "gzip-twice", "gzip-label-twice", "unknown", "odd-spelling",
            "two-headers", "gzip-empty",
        ]
    )  # fmt: skip
    gz = gzip.compress(body)
    table: dict[str, tuple[list[tuple[str, str]], bytes]] = {
        "gzip": ([("Content-Encoding", "gzip")], gz),
        "gzip-label-plain": ([("Content-Encoding", "gzip")], body),
        "gzip-truncated": ([("Content-Encoding", "gzip")], gz[: rng.randint(1, len(gz) - 1)]),
        "gzip-trailing-garbage": ([("Content-Encoding", "gzip")], gz + b"garbage"),
        "deflate": ([("Content-Encoding", "deflate")], zlib.compress(body)),
        "deflate-raw": ([("Content-Encoding", "deflate")], _deflate_raw(body)),
        "deflate-label-gzip": ([("Content-Encoding", "deflate")], gz),
        "br-label-gzip": ([("Content-Encoding", "br")], gz),
        "br-label-plain": ([("Content-Encoding", "br")], body),
        "zstd-label-plain": ([("Content-Encoding", "zstd")], body),
        "gzip-twice": ([("Content-Encoding", "gzip, gzip")], gzip.compress(gz)),
        "gzip-label-twice": ([("Content-Encoding", "gzip, gzip")], gz),
        "unknown": ([("Content-Encoding", "x-fuzz")], body),
        "odd-spelling": ([("Content-Encoding", rng.choice([" GZIP ", "Gzip", "identity"]))], gz),
        "two-headers": ([("Content-Encoding", "gzip"), ("Content-Encoding", "deflate")], gz),
        "gzip-empty": ([("Content-Encoding", "gzip")], b""),
    }
    headers, encoded = table[kind]
    return headers, encoded, kind


def _encoding_plan(rng: random.Random) -> Plan:
    status = rng.choice([200] * 6 + [400, 422, 429, 500])
    body = _json(_document(rng))
    if rng.random() < 0.2:
        body, _ = _odd_body(rng)
    encoding, encoded, what = _encoded(rng, body)
    headers, about = _headers(rng, junk=False)
    label = f"{status}, Content-Encoding {what}, {about}"
    return _frame(rng, status, [*headers, *encoding], encoded, label, framings=BODY_FRAMINGS)


def encodings_case(seed: int) -> Case:
    """Content-Encoding that lies (gzip/deflate/br labels on other bytes), gzip cut short
    or twice, and charsets that do not match the bytes."""
    rng = _rng("encodings", seed)
    return Case("encodings", seed, _calls(rng, ALL_CALLS), _plans(rng, _encoding_plan, 4))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_content_encodings(seed: int) -> None:
    await run_case(encodings_case(seed))


def _nested(rng: random.Random, depth: int) -> bytes:
    shape = rng.choice(["arrays", "objects", "mixed", "unclosed"])
    if shape == "arrays":
        return b"[" * depth + b"]" * depth
    if shape == "objects":
        return b'{"a":' * depth + b"1" + b"}" * depth
    if shape == "mixed":
        return b'[{"a":' * (depth // 2) + b"1" + b"}]" * (depth // 2)
    return b"[" * depth


def _nested_plan(rng: random.Random) -> Plan:
    depth = rng.choice([1_000, 5_000, 20_000, 100_000])
    nested = _nested(rng, depth)
    status = rng.choice([200, 200, 200, 400, 404, 422, 429, 500])
    where = rng.choice(["body", "record", "page", "error", "header"])
    headers: list[tuple[str, str] | tuple[bytes, bytes]] = list(JSON)
    if where == "body":
        body = nested
    elif where == "record":
        body = b'{"id": 1, "name": ' + nested + b"}"
    elif where == "page":
        body = b'{"data": [{"id": 1, "variants": ' + nested + b"}]}"
    elif where == "error":
        body = b'{"statusCode": 422, "name": "X", "details": ' + nested + b"}"
    else:
        body = b'{"data": [{"id": 1}, {"id": 2}]}'
        headers.append((b"X-Pagination", _nested(rng, min(depth, 20_000))))
    label = f"{status}, JSON {depth} deep in the {where}"
    return _frame(rng, status, headers, body, label, framings=["exact", "chunked"])


def nested_case(seed: int) -> Case:
    """JSON nested thousands deep: as the whole body, inside a record, inside an error
    body, and inside the X-Pagination header."""
    rng = _rng("nested", seed)
    return Case("nested", seed, _calls(rng, ALL_CALLS), _plans(rng, _nested_plan, 3))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_deeply_nested_json(seed: int) -> None:
    await run_case(nested_case(seed))


HUGE = 96 * 2**20  # each huge body: beyond MEMORY_CAP, so reading it whole fails the case
_BLOCK = 64 * 1024


@cache
def _gzip_bomb() -> bytes:
    """A gzip body of about 256 KiB that inflates to 256 MiB of JSON whitespace."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    spaces = b" " * 2**20
    parts = [packer.compress(spaces) for _ in range(256)]
    return b"".join(parts) + packer.compress(b"{}") + packer.flush()


def _huge_plan(rng: random.Random) -> Plan:
    kind = rng.choice(
        ["length", "chunked", "close-delimited", "endless", "gzip-bomb", "json-page", "headers"]
    )
    filler = rng.choice([b" " * _BLOCK, b"a" * _BLOCK])
    times = HUGE // _BLOCK
    head_json: list[tuple[str, str] | tuple[bytes, bytes]] = list(JSON)
    if kind == "length":
        steps: list[Step] = [Write(response(200, head_json, length=HUGE)), Write(filler, times)]
    elif kind == "chunked":
        chunk = f"{len(filler):x}\r\n".encode() + filler + b"\r\n"
        te = ("Transfer-Encoding", "chunked")
        steps = [
            Write(response(200, [*head_json, te], length=None)),
            Write(chunk, times),
            Write(b"0\r\n\r\n"),
        ]
    elif kind == "close-delimited":
        steps = [Write(response(200, head_json, length=None)), Write(filler, times), Close()]
    elif kind == "endless":
        # Announces nothing and ends only when the client stops reading.
        steps = [Write(response(200, head_json, length=None)), Write(filler, 4 * times), Close()]
    elif kind == "gzip-bomb":
        bomb = _gzip_bomb()
        steps = [Write(response(200, [*head_json, ("Content-Encoding", "gzip")], bomb))]
    elif kind == "json-page":
        record = b'{"id": 1, "name": "x"},'
        per_block = _BLOCK // len(record)
        count = HUGE // (per_block * len(record))
        body_head = b'{"data": ['
        length = len(body_head) + count * per_block * len(record) + len(b'{"id": 2}]}')
        steps = [
            Write(response(200, head_json, body_head, length=length)),
            Write(record * per_block, count),
            Write(b'{"id": 2}]}'),
        ]
    else:
        many = [(f"X-Huge-{i}", "v" * 1000) for i in range(rng.choice([200, 5000]))]
        steps = [Write(response(200, [*head_json, *many], b'{"data": []}'))]
    return Plan(tuple(steps), f"huge: {kind}")


def huge_case(seed: int) -> Case:
    """Bodies far larger than anyone should read whole: by Content-Length, chunked, until
    close, a gzip bomb, one enormous JSON page, and a flood of headers."""
    rng = _rng("huge", seed)
    calls = _calls(rng, ALL_CALLS, most=1)
    return Case("huge", seed, calls, [_huge_plan(rng)])


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_huge_responses(seed: int) -> None:
    await run_case(huge_case(seed))


RETRY_AFTER = [
    "86400", "31536000", "1e9", "1e308", "inf", "-1", "NaN", "", "soon", "0", "0.0001",
    "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT",
    "Sun, 06 Nov 2094 08:49:37 GMT", "99999999999999999999999999", "1" * 500, "3, 5", " 2 ",
]  # fmt: skip
RATE_LIMIT = [
    "0", "1", "-5", "1e9", "NaN", "abc", "99999999999999999999", "0.5", "2", "", "1e400",
    "-1", "86400", "4102444800", "4102444800000", "1e300", "Infinity",
]  # fmt: skip


def _rate_limit_headers(rng: random.Random) -> list[tuple[str, str]]:
    headers = []
    for name in ["X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Reset"]:
        if rng.random() < 0.6:
            cased = rng.choice([name, name.lower(), name.replace("Ratelimit", "RateLimit")])
            headers.append((cased, rng.choice(RATE_LIMIT)))
    return headers


def _rate_limit_plan(rng: random.Random) -> Plan:
    status = rng.choice([429, 429, 429, 200, 503])
    headers: list[tuple[str, str] | tuple[bytes, bytes]] = [*JSON, *_rate_limit_headers(rng)]
    if status != 200 or rng.random() < 0.3:
        headers.append(("Retry-After", rng.choice(RETRY_AFTER)))
    about = ", ".join(f"{name!s}: {value[:24]!s}" for name, value in headers[1:])
    body = b'{"statusCode": 429, "name": "TooManyRequests"}' if status == 429 else b"{}"
    return _frame(rng, status, headers, body, f"{status}, {about}", framings=["exact"])


def rate_limit_case(seed: int) -> Case:
    """429s whose Retry-After is garbage or days (or centuries) away, and X-Ratelimit-*
    headers that claim no budget left, a limit of 0 or 1, or a reset in the year 2100,
    over several calls of one client: no pause a server can cause may outlast a call's
    timeout and retry budget."""
    rng = _rng("rate-limit", seed)
    calls = _calls(rng, ALL_CALLS, most=4)
    return Case("rate-limit", seed, calls, _plans(rng, _rate_limit_plan, 5))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_rate_limit_headers(seed: int) -> None:
    await run_case(rate_limit_case(seed))


PAGINATION_HEADERS = [
    None,
    "not json",
    "[]",
    "null",
    '{"last_page": "maybe"}',
    '{"last_page": false}',
    '{"last_page": "false", "first_page": "true"}',
    '{"total_pages": "1e308"}',
    '{"total_pages": 1e308}',
    '{"total_pages": -1, "last_page": false}',
    '{"total_pages": 3}',
    '{"total_pages": 3, "last_page": false}',
    '{"total_pages": "3", "page": "x"}',
    '{"page": "NaN", "total_records": "-5"}',
    '{"total_records": 99999999999999999999999, "total_pages": 99999999999999999999}',
    '{"offset": {"a": 1}, "page": [1], "last_page": null}',
    '{"total_pages": 0, "last_page": true}',
    '{"last_page": true}',
    '{"x": "' + "y" * 8000 + '"}',
]


def _page_plan(rng: random.Random, number: int) -> Plan:
    kind = rng.choice(["page"] * 6 + ["error", "throttled", "odd-body"])
    if kind == "error":
        return Plan((Write(response(503, JSON, b"{}")),), "503")
    if kind == "throttled":
        throttled = [*JSON, ("Retry-After", rng.choice(["0", "1e9", "NaN"]))]
        return Plan((Write(response(429, throttled, b"{}")),), "429", clean_429=True)
    header = rng.choice(PAGINATION_HEADERS)
    if header is not None and rng.random() < 0.3:
        header = header.replace("}", f', "page": {rng.choice([number, number + 1, 1])}}}')
    headers: list[tuple[str, str] | tuple[bytes, bytes]] = list(JSON)
    if header is not None:
        headers.append(("X-Pagination", header))
    ids = [
        rng.choice([number * 10 + i, 1, 2, None, "x"]) for i in range(rng.randint(0, PAGE_SIZE + 1))
    ]
    if kind == "odd-body":
        body, what = _odd_body(rng)
    else:
        body, what = _json({"data": [{"id": i, "name": "p"} for i in ids]}), f"ids {ids}"
    return Plan((Write(response(200, headers, body)),), f"200, {what}, X-Pagination {header!r:.60}")


def pagination_case(seed: int) -> Case:
    """Walks where Katana repeats a page, says `last_page: false` forever on short pages,
    announces `total_pages` it never reaches, answers another page, or sends an
    X-Pagination no one can read. When the script runs out, its last answer repeats."""
    rng = _rng("pagination", seed)
    plans = [_page_plan(rng, number) for number in range(1, rng.randint(2, 6))]
    calls = _calls(rng, WALKS, most=2)
    return Case("pagination", seed, calls, plans, fallback=_repeat_last)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_pagination(seed: int) -> None:
    await run_case(pagination_case(seed))


def _interruptible_plan(rng: random.Random) -> Plan:
    """An answer that keeps a call busy for a while: slow, stalled, throttled or failing."""
    kind = rng.choice(["trickle", "stall", "throttled", "failing", "clean"])
    body = b'{"data": [{"id": 1}], "id": 1}'
    if kind == "throttled":
        headers = [*JSON, ("Retry-After", rng.choice(["0.2", "86400", "1e9"]))]
        return Plan((Write(response(429, headers, b"{}")),), "429", clean_429=True)
    if kind == "failing":
        return Plan((Write(response(503, JSON, b"{}")),), "503")
    framing = {"trickle": "trickle", "stall": rng.choice(["hang", "stall-mid"]), "clean": "exact"}[
        kind
    ]
    return _frame(rng, 200, list(JSON), body, "200", framings=[framing])


def interrupt_case(seed: int) -> Case:
    rng = _rng("interrupt", seed)
    plans = [_interruptible_plan(rng) for _ in range(rng.randint(1, 4))]
    return Case("interrupt", seed, _calls(rng, ALL_CALLS, most=1), plans)


async def run_interrupted(case: Case, *, close: bool, after: float) -> None:
    """Start the case's call, then after `after` s cancel it or close the client.

    Cancelling may only end the call with `CancelledError` (or let it finish); closing
    may end it with a `KatanaError`. Either way nothing more reaches the server once
    the call has been stopped: after `aclose()` returned, or after the cancelled call
    ended (a caller that has gone must not still create orders).
    """
    (call,) = case.calls
    bound = call_bound(case, call)
    async with FuzzServer(case.answer) as server:
        client = _client(server)
        try:
            task = asyncio.ensure_future(call.run(client))
            await asyncio.sleep(after)
            if close:
                kind, value = await _bounded(client.aclose(), bound)
                _check_outcome(case, Call("aclose()", call.run), kind, value, bound)
                stopped_with = await _settled_arrivals(server)
            else:
                task.cancel()
            done, _ = await asyncio.wait({task}, timeout=bound)
            if not done:
                task.cancel()
                pytest.fail(f"{call.name} did not end within {bound:.1f} s\n{case.describe()}")
            if not close:
                stopped_with = await _settled_arrivals(server)
            if task.cancelled() and close:
                pytest.fail(f"closing the client cancelled {call.name}\n{case.describe()}")
            if not task.cancelled():
                _check_outcome(case, call, *_settled(task), bound)
            _check_creates(case, call, server.arrivals)
            # Long enough for any retry a policy of this suite would have started.
            await asyncio.sleep(POLICY.max_retry_after + POLICY.max_backoff + 0.1)
            late = server.arrivals[stopped_with:]
            assert not late, (
                f"{len(late)} request(s) reached the server after the call was "
                f"{'closed' if close else 'cancelled'} "
                f"({[f'{a.method} {a.target}' for a in late]})\n{case.describe()}"
            )
        finally:
            await client.aclose()
    gc.collect()


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_cancelling_a_call(seed: int) -> None:
    case = interrupt_case(seed)
    await run_interrupted(case, close=False, after=_rng("cancel", seed).uniform(0, 0.6))


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_closing_the_client_mid_call(seed: int) -> None:
    case = interrupt_case(seed)
    await run_interrupted(case, close=True, after=_rng("close", seed).uniform(0, 0.6))


PATH_VALUES: list[Any] = [
    ".", "..", "", "/", "%2e%2e", "%2E%2E/x", "..%2f..", "a/../..", "1/../../webhooks",
    "1?admin=1", "1#frag", " ", "\t", "\r\nX-Injected: 1", "%00", "\x00", "\\..\\..",
    "../webhooks", "~", "\uff11", "\u0663", "1.0", "+1", "0x10", "1e3", "%", "%zz",
    "a" * 5000, -1, 0, 2**63, 2**70, True, 1.5, None, b"1", ["1"], {"id": 1},
]  # fmt: skip


async def _path_call(client: KatanaClient, target: str, value: Any) -> object:
    # Typed as the API says (int or str); the point is what happens when a caller's
    # value is not what the annotation promises.
    if target == "products.get":
        return await client.products.get(value)
    if target == "get_product":
        return await get_product.asyncio(client=client, id=value)
    if target == "delete_bom_row":
        return await delete_bom_row.asyncio_detailed(client=client, id=value)
    if target == "products.delete":
        await client.products.delete(value)
    elif target == "sales_orders.delete":
        await client.sales_orders.delete(value)
    elif target == "bom_rows.delete":
        await client.bom_rows.delete(value)
    else:
        await client.recipe_rows.delete(value)
    return None


PATH_TARGETS = {
    "products.get": "/v1/products/",
    "products.delete": "/v1/products/",
    "sales_orders.delete": "/v1/sales_orders/",
    "bom_rows.delete": "/v1/bom_rows/",
    "recipe_rows.delete": "/v1/recipe_rows/",
    "get_product": "/v1/products/",
    "delete_bom_row": "/v1/bom_rows/",
}


def _stays_in(arrival: Arrival, prefix: str) -> bool:
    """Whether a request went to one record under `prefix`, as its value was meant to."""
    if "?" in arrival.target or "#" in arrival.target or not arrival.path.startswith(prefix):
        return False
    segment = arrival.path[len(prefix) :]
    return bool(segment) and "/" not in segment and unquote(segment) not in {".", ".."}


@pytest.mark.parametrize("seed", SEEDS)
async def test_fuzz_path_parameters(seed: int) -> None:
    """A path value of any type or text is sent inside its resource's path, or refused
    with a ValueError-style error before anything is sent."""
    rng = _rng("path", seed)
    picks = [(rng.choice(list(PATH_TARGETS)), rng.choice(PATH_VALUES)) for _ in range(3)]
    case = Case("path", seed, [], [])
    async with FuzzServer(case.answer) as server:
        client = _client(server)
        try:
            for target, value in picks:
                first = len(server.arrivals)
                name = f"{target}({value!r:.40})"
                kind, outcome = await _bounded(
                    _path_call(client, target, value), GRACE + 4 * TIMEOUT
                )
                _check_path_outcome(case, name, kind, outcome, sent=server.arrivals[first:])
                escaped = [
                    a for a in server.arrivals[first:] if not _stays_in(a, PATH_TARGETS[target])
                ]
                assert not escaped, (
                    f"{name} sent {[f'{a.method} {a.target[:80]}' for a in escaped]}, outside "
                    f"{PATH_TARGETS[target]}<id>\n{case.describe()}"
                )
        finally:
            await client.aclose()


def _check_path_outcome(
    case: Case, name: str, kind: str, outcome: object, sent: list[Arrival]
) -> None:
    if kind != "raised":
        _check_outcome(case, Call(name, _list_products), kind, outcome, GRACE)
        return
    assert isinstance(outcome, BaseException)
    if isinstance(outcome, KatanaError):
        return
    if isinstance(outcome, ValueError | TypeError) and not sent:
        return  # refused before sending: what a wrong value should get
    pytest.fail(
        f"{name} raised {type(outcome).__module__}.{type(outcome).__qualname__} "
        f"{'after sending' if sent else 'before sending'}: {_short(outcome)}\n{case.describe()}"
    )


def _any_plan(rng: random.Random, number: int) -> Plan:
    """An answer of any family above, for the mixed cases."""
    make = rng.choice(
        [_status_plan, _body_plan, _encoding_plan, _nested_plan, _rate_limit_plan, _huge_plan]
    )
    return _page_plan(rng, number) if rng.random() < 0.2 else make(rng)


def mixed_case(seed: int) -> Case:
    """Everything at once: answers of every family above, in any order, to any calls,
    the last answer repeating when the script runs out."""
    rng = _rng("mixed", seed)
    plans = [_any_plan(rng, number) for number in range(1, rng.randint(2, 6))]
    return Case("mixed", seed, _calls(rng, ALL_CALLS), plans, fallback=_repeat_last)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_everything_mixed(seed: int) -> None:
    await run_case(mixed_case(seed))


def concurrent_case(seed: int) -> Case:
    """Many calls of one client at once while the server throttles, stalls and garbles:
    waiters in the rate limiter and the pool must each keep to their own bounds."""
    rng = _rng("concurrent", seed)
    makers = [_status_plan, _rate_limit_plan, _interruptible_plan, _body_plan]
    plans = [rng.choice(makers)(rng) for _ in range(rng.randint(4, 12))]
    calls = [rng.choice(ALL_CALLS) for _ in range(rng.randint(4, 12))]
    return Case("concurrent", seed, calls, plans)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.slow
async def test_fuzz_concurrent_calls(seed: int) -> None:
    case = concurrent_case(seed)
    gc.collect()
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    async with FuzzServer(case.answer) as server:
        client = _client(server)
        try:
            bounds = [call_bound(case, call) for call in case.calls]
            runs = [_bounded(call.run(client), call_bound(case, call)) for call in case.calls]
            outcomes = await asyncio.gather(*runs)
            for call, bound, (kind, value) in zip(case.calls, bounds, outcomes, strict=True):
                _check_outcome(case, call, kind, value, bound)
            del outcomes
            for creates in {call.creates for call in case.calls} - {None}:
                sent = [a for a in server.arrivals if (a.method, a.path) == creates]
                calls = sum(1 for call in case.calls if call.creates == creates)
                allowed = calls + sum(1 for a in sent if a.plan is not None and a.plan.clean_429)
                assert len(sent) <= allowed, (
                    f"{calls} concurrent creates reached the server {len(sent)} times "
                    f"(at most {allowed})\n{case.describe()}"
                )
        finally:
            await client.aclose()
    peak = tracemalloc.get_traced_memory()[1] - baseline
    assert peak < MEMORY_CAP, f"memory grew by {peak / 2**20:.0f} MiB\n{case.describe()}"
    gc.collect()


def slowloris_case(seed: int) -> Case:
    """A body trickled one byte at a time, each pause within the read timeout: only the
    client's per-attempt `response_deadline` (4 read timeouts) can end it."""
    rng = _rng("slowloris", seed)
    body = _json({"data": [{"id": 1}], "id": 1})
    gap = TIMEOUT * rng.uniform(0.5, 0.8)
    steps: list[Step] = [Write(response(200, JSON, length=len(body) + 400))]
    for index in range(len(body) + 400):
        steps += [Pause(gap), Write(b" " if index < 400 else body[index - 400 : index - 399])]
    plan = Plan(tuple(steps), f"one byte every {gap:.2f} s")
    return Case("slowloris", seed, _calls(rng, ALL_CALLS, most=1), [plan])


@pytest.mark.slow
@pytest.mark.parametrize("seed", SEEDS)
async def test_fuzz_slowloris_body(seed: int) -> None:
    await run_case(slowloris_case(seed))
