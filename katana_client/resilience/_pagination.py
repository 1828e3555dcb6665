"""Walk a list operation page by page or item by item, holding one page at a time.

Any generated list endpoint works: pass its `asyncio_detailed` function and its filters,
and the walk sends each page with the same filters. The endpoint reads each page from
either envelope Katana answers with (`{"data": [...]}` or a bare array; see
`katana_client._runtime.list_of`). How pages are requested comes from the endpoint's
descriptor (`Operation.pagination`), so the search POSTs (`searchSalesOrders`,
`searchSalesOrderRows`), which page through `filter.page` and `filter.limit` in the
body, walk the same way.

A page that fails is retried alone by the client's retry policy (list calls are
repeat-safe); if it still fails, the error names the page, and `start_page=` resumes.

What the walk trusts, and how it ends whatever a server sends:

- An empty page is the last, unless `X-Pagination` says more pages follow (then
  `KatanaPaginationError`, naming the page to resume from).
- `X-Pagination` (Katana's header, read tolerantly): `last_page: true` ends the walk,
  and so does reaching `total_pages` (even while `last_page` says false). Its `page`
  must be the page asked for, else `KatanaPaginationError`. Numbers that make no sense
  (a `page` or `total_pages` below 1, a count below 0, one past 2**63 - 1, NaN, not a
  whole number or not a number) are ignored as if absent: a `page` of 0 or -1 names no
  page, so it neither fails the walk (a proxy may write 0) nor ends it.
- Page length against `limit`: with no header, a short page is the last. With a header,
  a short page alone is not (Katana may cap `limit` below what was asked, so every page
  is short), but one shorter than an earlier page of the walk is.
- Record ids: a page with the same records as an earlier page of the walk (same ids in
  the same order; same body where records have no `id`) means the server ignores
  `page` or loops: `KatanaPaginationError`, rather than a walk that never ends.
- A hard cap, the last line of defence: a walk stops after `max_pages` pages quietly,
  or, when no `max_pages` was given, raises `KatanaPaginationError` after
  `MAX_PAGES` (10,000) pages, that is 2.5 million records at 250 a page.
"""

from __future__ import annotations

import functools
import hashlib
import json
import typing
from collections.abc import AsyncGenerator, Awaitable, Callable, Mapping
from contextlib import aclosing
from typing import Any, Final

import attrs
from attrs import frozen

from katana_client._errors import (
    KatanaPaginationError,
    KatanaResponseShapeError,
)
from katana_client._runtime import UNSET, Operation, Response, SupportsAsyncHTTPX
from katana_client._runtime._convert import to_json_value
from katana_client._runtime._operation import MAX_BODY_PAGE_SIZE, check_count

__all__ = [
    "KatanaPaginationError",
    "Page",
    "PaginationInfo",
    "collect",
    "pages",
    "paginate",
    "parse_pagination_header",
]

# Katana states no maximum for `limit`; integrators report 250 as the cap in practice.
# A larger page_size is refused: a server that caps it sends short pages, and with no
# `X-Pagination` a short page ends the walk (records lost without a word).
DEFAULT_QUERY_PAGE_SIZE: Final = 250
MAX_QUERY_PAGE_SIZE: Final = 250
DEFAULT_BODY_PAGE_SIZE: Final = 200
#: Pages a walk fetches at most when the caller gave no `max_pages`: a server that
#: never says "last" ends in `KatanaPaginationError` here, not in a walk without end.
MAX_PAGES: Final = 10_000

Endpoint = Callable[..., Awaitable[Response[Any]]]


@frozen
class PaginationInfo:
    """Katana's `X-Pagination` header, read tolerantly; a field it lacks is None.

    So is a field whose value makes no sense (see the module docstring): `page` and
    `total_pages` are at least 1, `total_records` and `offset` at least 0.
    """

    total_records: int | None = None
    total_pages: int | None = None
    offset: int | None = None
    page: int | None = None
    first_page: bool | None = None
    last_page: bool | None = None


def _int(value: Any, least: int) -> int | None:
    """`value` as a whole number from `least` to 2**63 - 1, else None."""
    if isinstance(value, str):  # first: Katana writes its numbers as strings
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int):
        return None
    return value if least <= value <= _LARGEST else None


_LARGEST: Final = 2**63 - 1
_BOOL_WORDS: Final = {"true": True, "1": True, "yes": True, "false": False, "0": False, "no": False}


def _bool(value: Any) -> bool | None:
    if isinstance(value, str):  # first: Katana writes its booleans as strings
        return _BOOL_WORDS.get(value.strip().lower())
    return bool(value) if isinstance(value, int | float) else None


def parse_pagination_header(value: str | None) -> PaginationInfo | None:
    """Read `X-Pagination`: numbers may be strings, booleans "true"/"false".

    Returns None when the header is absent or not a JSON object; never raises.
    """
    if not value:
        return None
    try:
        data = json.loads(value)
    except (ValueError, RecursionError):  # RecursionError: a deeply nested header
        return None
    if not isinstance(data, dict):
        return None
    return PaginationInfo(
        total_records=_int(data.get("total_records"), 0),
        total_pages=_int(data.get("total_pages"), 1),
        offset=_int(data.get("offset"), 0),
        page=_int(data.get("page"), 1),
        first_page=_bool(data.get("first_page")),
        last_page=_bool(data.get("last_page")),
    )


@frozen
class Page:
    """One page of a walk.

    Attributes:
        number: The page number sent (1-based).
        items: The page's records, as the endpoint parsed them.
        info: The `X-Pagination` header, or None when Katana sent none.
        response: The whole response of this page (status, headers, raw body).
    """

    number: int
    items: list[Any]
    info: PaginationInfo | None
    response: Response[Any]


def _operation_of(endpoint: Endpoint) -> Operation[Any]:
    # The list facts come from the endpoint's descriptor (`Operation.endpoint` marks
    # `asyncio_detailed` with it; `functools.wraps` copies the mark to wrappers).
    fn: Any = endpoint
    while isinstance(fn, functools.partial):
        fn = fn.func
    op = getattr(fn, "__katana_operation__", None)
    if not isinstance(op, Operation) or op.list_items is None:
        name = getattr(fn, "__qualname__", repr(fn))
        raise TypeError(
            f"{name} is not a generated list endpoint: pass a module's asyncio_detailed, "
            "e.g. get_all_products.asyncio_detailed"
        )
    return op


async def pages(
    endpoint: Endpoint,
    /,
    *,
    client: SupportsAsyncHTTPX,
    page_size: int | None = None,
    start_page: int = 1,
    max_pages: int | None = None,
    **params: Any,
) -> AsyncGenerator[Page, None]:
    """Yield the pages of a list operation, one request per page, in order.

    Example::

        async for page in pages(get_all_products.asyncio_detailed, client=client,
                                is_sellable=True):
            print(page.number, len(page.items))

    Args:
        endpoint: A generated `asyncio_detailed` function.
        client: The `KatanaClient`.
        page_size: Records per page: 1 to 250, default 250 (for the search POSTs 1 to
            200, default 200). A larger one is refused rather than sent: Katana caps
            pages at 250, and a walk would read a capped page as the last.
        start_page: The first page to fetch; resume a failed walk with its page.
        max_pages: Stop after this many pages (0 or more). Default None: walk to the
            last page, but raise `KatanaPaginationError` after `MAX_PAGES` (10,000).
        **params: The endpoint's other arguments (filters, `body=` for a search POST),
            sent unchanged with every page.

    The walk stops after the last page (`X-Pagination` says so, or its `total_pages`
    is reached), a short page when Katana sent no `X-Pagination`, or an empty page
    that `X-Pagination` does not contradict; the module docstring lists what it trusts.

    Raises:
        KatanaPaginationError: A page's body was unreadable, Katana answered with
            another page than the one asked for or with records of an earlier page, sent
            an empty page (or no body) while `X-Pagination` says more pages follow, or
            `MAX_PAGES` pages were walked without a last one.
        KatanaParameterError: `page_size`, `start_page` or `max_pages` is out of range
            (also a `ValueError`), before any request.
        TypeError: One of them is not an int (a bool is refused), before any request.
        KatanaAPIError, KatanaTransportError: A page failed after the client's retries;
            the exception carries a note with the page to resume from.
    """
    op = _operation_of(endpoint)
    if op.pagination == "body" and "body" not in params:
        raise TypeError(f"{op.id} pages through its body: pass body=...")
    page_size = _page_size(op, page_size, params)
    if max_pages is not None:
        check_count(op, "max_pages", max_pages, 0, None)
    start = "start_page"
    if op.pagination == "query" and "page" in params:  # the endpoint's own name for it
        start_page, start = params.pop("page"), "page"
    check_count(op, start, start_page, 1, None, " (Katana numbers pages from 1)")
    number = start_page
    seen: set[bytes] = set()  # a digest of each page's ids: 16 bytes a page, not records
    longest = 0
    for _ in range(MAX_PAGES if max_pages is None else max_pages):
        page = await _fetch(endpoint, op, client, number, page_size, params)
        if not page.items and (promise := _more_promised(page)):
            raise KatanaPaginationError(
                f"Katana sent an empty page, but its X-Pagination ({promise}) says more "
                f"pages follow; stopped rather than end the walk early. Pass "
                f"start_page={number} to resume the walk there",
                operation=op.id,
                page=number,
            )
        _check_new(page, seen, op.id)
        last = _is_last(page, page_size, longest) or op.pagination not in {"query", "body"}
        longest = max(longest, len(page.items))
        yield page
        if last:
            return
        number += 1
    if max_pages is None:
        raise KatanaPaginationError(
            f"{MAX_PAGES} pages walked and none was the last; stopped here rather than go "
            f"on forever. Pass max_pages= to walk further, or start_page={number} to go on",
            operation=op.id,
            page=number,
        )


def _page_size(op: Operation[Any], page_size: int | None, params: dict[str, Any]) -> int:
    """The page size to send: `page_size` (or a `limit=` filter), or the default."""
    name = "page_size"
    if op.pagination == "query" and "limit" in params:
        if page_size is not None:
            raise TypeError(f"{op.id}: pass page_size= or limit=, not both")
        page_size, name = params.pop("limit"), "limit"
    body = op.pagination == "body"
    if page_size is None:
        return DEFAULT_BODY_PAGE_SIZE if body else DEFAULT_QUERY_PAGE_SIZE
    most = MAX_BODY_PAGE_SIZE if body else MAX_QUERY_PAGE_SIZE
    why = f" (the most Katana sends a page of {op.id})"
    check_count(op, name, page_size, 1, most, why)
    return page_size


async def _fetch(
    endpoint: Endpoint,
    op: Operation[Any],
    client: SupportsAsyncHTTPX,
    number: int,
    size: int,
    params: dict[str, Any],
) -> Page:
    call = dict(params)
    if op.pagination == "query":
        call.update(page=number, limit=size)
    elif op.pagination == "body":
        call["body"] = _with_page(params["body"], number, size)
    try:
        response = await endpoint(client=client, **call)
    except Exception as exc:
        # A page that is not JSON at all is unreadable, as pages() documents.
        if isinstance(exc, KatanaResponseShapeError) and exc._not_json is not None:
            raise KatanaPaginationError(exc._not_json, operation=op.id, page=number) from exc
        exc.add_note(
            f"katana_client: while fetching {op.id} page {number}; "
            f"pass start_page={number} to resume the walk there"
        )
        raise
    info = parse_pagination_header(response.headers.get("X-Pagination"))
    if info is not None and info.page is not None and info.page != number:
        raise KatanaPaginationError(
            f"asked for this page but Katana answered page {info.page}",
            operation=op.id,
            page=number,
        )
    return Page(number=number, items=_items(response, op, number), info=info, response=response)


def _items(response: Response[Any], op: Operation[Any], number: int) -> list[Any]:
    parsed = response.parsed
    if parsed is None:
        return []  # no body, or JSON null (a body that is not JSON raised in _fetch)
    # The endpoint read the page from whichever envelope Katana used (`Operation`):
    # a list for list_items "root", a page model holding `data` for "data".
    if isinstance(parsed, list):
        return parsed
    data = getattr(parsed, "data", None)
    if data is None and "data" in getattr(parsed, "unreadable_keys", ()):
        # Not an empty page: an object in it lacks a required field (logged by the reader).
        raise KatanaPaginationError(
            "`data` holds an object that cannot be read", operation=op.id, page=number
        )
    if data is UNSET or data is None:
        return []
    if not isinstance(data, list):
        raise KatanaPaginationError(
            f"`data` is {type(data).__name__}, not a list", operation=op.id, page=number
        )
    return data


def _more_promised(page: Page) -> str | None:
    """What of `X-Pagination` says pages follow `page`, or None when it does not.

    A header that counts no records (or fewer than none: nonsense) promises nothing.
    """
    info = page.info
    if info is None or info.last_page:
        return None
    if info.total_records is not None and info.total_records < 1:
        return None
    if info.total_pages is not None and info.total_pages >= 1:
        if page.number < info.total_pages:
            return f"total_pages {info.total_pages}, last_page {info.last_page}"
        return None
    return "last_page false" if info.last_page is False else None


def _is_last(page: Page, size: int, longest: int) -> bool:
    """Whether `page` ends the walk; `longest` is the longest page before it."""
    if not page.items:
        return True
    info = page.info
    if info is not None:
        if info.last_page:
            return True
        if info.total_pages is not None:
            return page.number >= info.total_pages
        if info.last_page is False:
            # A short page alone is not the last (Katana may cap `limit` below what was
            # asked), but Katana's pages are all as long but the last, so a page
            # shorter than one before it is (a server that sends the last page again
            # for every page past the end would otherwise loop).
            return len(page.items) < longest
    # No word from Katana: a short page is the last.
    return len(page.items) < size


def _check_new(page: Page, seen: set[bytes], operation: str) -> None:
    """Raise if `page` has the records of an earlier page of the walk: a server that
    ignores `page`, or cycles, would otherwise be walked forever."""
    ids = [
        item.get("id") if item.__class__ is dict else getattr(item, "id", None)
        for item in page.items
    ]
    if None in ids or UNSET in ids:  # records without ids: the same body is the same page
        digest = hashlib.blake2b(page.response.content, digest_size=16).digest()
    else:
        digest = hashlib.blake2b(repr(ids).encode(), digest_size=16).digest()
    if digest in seen:
        raise KatanaPaginationError(
            "Katana sent the same records as an earlier page of this walk (it ignores "
            "`page`, or the list changed under the walk); stopped rather than loop",
            operation=operation,
            page=page.number,
        )
    seen.add(digest)


def _with_page(body: Any, number: int, size: int) -> Any:
    """A copy of a search body with `filter.page` and `filter.limit` set.

    A model whose filter is a model (or none at all) stays a model of its type. One
    whose filter is held otherwise (a dict in `filter_`, or a kept `"filter"` key, which
    `to_dict` writes) is paged as the JSON object it would be written as, so that no
    part of its filter is dropped.
    """
    if not isinstance(body, Mapping):
        current = getattr(body, "filter_", UNSET)
        if attrs.has(type(current)):
            return _evolve(body, filter_=_evolve(current, page=number, limit=size))
        kept = getattr(body, "additional_properties", None) or {}
        if (current is UNSET or current is None) and "filter" not in kept:
            return _evolve(body, filter_=_filter_class(type(body))(page=number, limit=size))
        body = to_json_value(body)
    filter_ = to_json_value(body.get("filter"))
    filter_ = dict(filter_) if isinstance(filter_, Mapping) else {}
    filter_.update(page=number, limit=size)
    return {**body, "filter": filter_}


def _evolve(model: Any, **changes: Any) -> Any:
    # attrs.evolve drops `additional_properties` (not an __init__ field): copy it over.
    copy = attrs.evolve(model, **changes)
    extra = getattr(model, "additional_properties", None)
    if isinstance(extra, dict):
        copy.additional_properties = dict(extra)
    return copy


def _filter_class(body_type: type[Any]) -> type[Any]:
    hint = typing.get_type_hints(body_type).get("filter_")
    for candidate in typing.get_args(hint) or (hint,):
        if isinstance(candidate, type) and attrs.has(candidate):
            return candidate
    raise TypeError(f"{body_type.__name__} has no filter model to page with")


async def paginate(
    endpoint: Endpoint,
    /,
    *,
    client: SupportsAsyncHTTPX,
    page_size: int | None = None,
    start_page: int = 1,
    max_pages: int | None = None,
    **params: Any,
) -> AsyncGenerator[Any, None]:
    """Yield every record of a list operation, in order, fetching page after page.

    Example::

        async for product in paginate(get_all_products.asyncio_detailed,
                                      client=client, is_sellable=True):
            ...

    Holds one page at a time, so memory stays flat however many records there are.
    Arguments and errors as for `pages()`.
    """
    walk = pages(
        endpoint,
        client=client,
        page_size=page_size,
        start_page=start_page,
        max_pages=max_pages,
        **params,
    )
    async for page in walk:
        items = page.items
        del page  # keep only the records while the consumer works through them
        for item in items:
            yield item


async def collect(
    endpoint: Endpoint,
    /,
    *,
    client: SupportsAsyncHTTPX,
    max_items: int,
    page_size: int | None = None,
    **params: Any,
) -> list[Any]:
    """Return up to `max_items` records of a list operation as one list.

    The bound is required: a list grows with the account, and a list of everything
    is the memory a walk with `paginate()` avoids. No page beyond the bound is fetched.
    """
    op = _operation_of(endpoint)
    check_count(op, "max_items", max_items, 0, None)
    result: list[Any] = []
    if max_items == 0:
        return result
    size = min(_page_size(op, page_size, params), max_items)  # no page beyond what is kept
    async with aclosing(paginate(endpoint, client=client, page_size=size, **params)) as walk:
        async for item in walk:
            result.append(item)
            if len(result) >= max_items:
                break
    return result
