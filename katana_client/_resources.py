"""What the generated resource classes (`client.products`, ...) are built on.

Each resource is a generated module in `katana_client.generated.resources`, with one
method per Katana operation; everything they share lives here, handwritten and typed:
the base class, the pager that list actions return, and turning a `Response` into the
model that a get, create or update promises.

Every action takes the per-call keyword arguments of `RequestOptions` (`extra_headers=`,
`extra_query=`, `timeout=`); they reach the request through the client's call options
(`katana_client.resilience._options`), as `with client.options(...)` does.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Generator,
    Iterator,
    Mapping,
)
from contextlib import AbstractContextManager, aclosing, nullcontext
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar, get_args

from attrs import frozen

from ._errors import KatanaEmptyResponseError
from ._runtime import UNSET, Operation, Response, SupportsAsyncHTTPX, send
from ._runtime._operation import check_count
from .resilience import PaginationInfo, collect, pages, paginate
from .resilience._options import (
    _OPTION_NAMES,
    RequestOptions,
    applied,
    make_options,
    scope_of,
)
from .resilience._pagination import _operation_of

__all__ = [
    "AsyncPager",
    "KatanaEmptyResponseError",
    "PageOf",
    "RequestOptions",
    "Resource",
    "page_of",
    "raw",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
Endpoint = Callable[..., Awaitable[Response[Any]]]


class Resource:
    """Base of every generated resource: holds the client its actions send requests with.

    Resources are made by `KatanaClient` on first access (`client.products`); there is
    no need to build one yourself.
    """

    # Set on the short-lived copy `raw` runs an action on: it keeps the `Response`.
    _raw_twin = False

    def __init__(self, client: SupportsAsyncHTTPX) -> None:
        """Bind the resource to `client` (a `KatanaClient`)."""
        self._client = client
        self._last: Response[Any] | None = None

    async def _send(self, op: Operation[T], args: Mapping[str, Any]) -> Response[T]:
        """Send `op` with an action's `locals()` (the core ignores `self` and `options`).

        Its `options` (the action's `**options`) apply to this call's request.
        """
        with _per_call(self._client, args.get("options")):
            response = await send(op, self._client, args)
        if self._raw_twin:
            self._last = response
        return response

    async def _call(self, op: Operation[T], args: Mapping[str, Any]) -> T:
        """Send `op` and return its parsed model.

        Raises `KatanaEmptyResponseError` if Katana sent no body, only whitespace or JSON
        null, and `KatanaResponseShapeError` if it sent one that is not JSON.
        """
        response = await self._send(op, args)  # a body that is not JSON raised there
        # `raw` returns the Response: an empty body is not an error there.
        if response.parsed is None and not self._raw_twin:
            raise KatanaEmptyResponseError(op.id, response, expected=_expected(op))
        return response.parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"


def _expected(op: Operation[Any]) -> str:
    """What `op` documents its 2xx body to hold, for an error's text."""
    target = getattr(op.parse, "__katana_typed__", None)
    if isinstance(target, type):
        return f"one {target.__name__} object"
    if (args := get_args(target)) and isinstance(args[0], type):
        return f"a list of {args[0].__name__}"
    return "a body"


def _per_call(client: object, options: RequestOptions | None) -> AbstractContextManager[None]:
    """The block that applies a call's `extra_headers`, `extra_query` and `timeout`."""
    if not options:
        return nullcontext()
    return applied(scope_of(client), make_options(options))


def raw(method: Callable[P, Awaitable[T]]) -> Callable[P, Awaitable[Response[T]]]:
    """The action `method` (bound to a resource), returning its whole `Response`.

    Typed from the action: `get(id) -> Product` gives `(id) -> Response[Product]`. Each
    call runs the action's own code on a fresh copy of its resource that keeps the
    `Response` instead of reducing it to the model, so a raw action is the action, not a
    second generated copy of it.
    """
    resource: Resource = method.__self__  # type: ignore[attr-defined]
    action = method.__func__  # type: ignore[attr-defined]

    @functools.wraps(method)
    async def call(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
        twin = type(resource)(resource._client)
        twin._raw_twin = True
        await action(twin, *args, **kwargs)
        if twin._last is None:  # an action that sends nothing: a generator bug
            raise RuntimeError(f"{action.__qualname__} sent no request")
        return twin._last

    return call


def page_of(
    endpoint: Callable[Concatenate[SupportsAsyncHTTPX, P], Awaitable[R]], resource: Resource
) -> Callable[P, Awaitable[R]]:
    """A list action's raw form: the endpoint's `asyncio_detailed`, one page per call.

    The signature is the endpoint's without `client` (so `page=` and `limit=` choose
    the page), bound to the resource's client.
    """
    client = resource._client

    @functools.wraps(endpoint)
    async def call(*args: P.args, **kwargs: P.kwargs) -> R:
        if options := sorted(_OPTION_NAMES.intersection(kwargs)):
            raise TypeError(
                f"{endpoint.__module__.rsplit('.', 1)[-1]}: a raw list call takes the "
                f"endpoint's parameters only, not {', '.join(options)}; pass them through "
                "client.with_options(...) or `with client.options(...):`"
            )
        return await endpoint(client, *args, **kwargs)

    signature = inspect.signature(endpoint)
    call.__signature__ = signature.replace(  # type: ignore[attr-defined]
        parameters=list(signature.parameters.values())[1:]
    )
    return call


@frozen
class PageOf(Generic[T]):
    """One page of a list action, with its records typed; iterating it gives the records.

    Attributes:
        number: The page number sent (1-based).
        items: The page's records.
        info: Katana's `X-Pagination` header, or None when it sent none.
        response: The whole response of this page (status, headers, raw body).
    """

    number: int
    items: list[T]
    info: PaginationInfo | None
    response: Response[Any]

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


_PAGER_ARGUMENTS = frozenset({"self", "page_size", "start_page", "max_pages", "options"})


class AsyncPager(Generic[T]):
    """What a list action returns: iterate it with `async for`, page by page underneath.

    Example::

        async for product in client.products.list(is_sellable=True):
            ...
        async for page in client.products.list().pages():
            print(page.number, len(page.items))
        first_100 = await client.products.list().collect(max_items=100)
        page = await client.products.list()  # the first page only, a `PageOf`

    Awaiting it fetches the first page (`start_page`) alone and returns it as a
    `PageOf`: its `items`, its `number`, Katana's `X-Pagination` (`info`) and the
    response; iterating the page gives its records.

    Nothing is sent until it is iterated or awaited; each iteration walks the list again from
    `start_page`. One page is held in memory at a time, and a page that fails is retried
    alone by the client's retry policy (see `katana_client.paginate`). A walk ends
    whatever Katana sends: at `total_pages`, with `KatanaPaginationError` on a page
    that repeats an earlier one, and without `max_pages` after 10,000 pages
    (`katana_client.resilience.pages` says what the walk trusts).
    """

    __slots__ = ("_client", "_endpoint", "_max_pages", "_page_size", "_params", "_start_page")

    def __init__(
        self,
        endpoint: Endpoint,
        client: SupportsAsyncHTTPX,
        params: Mapping[str, Any],
        *,
        page_size: int | None = None,
        start_page: int = 1,
        max_pages: int | None = None,
    ) -> None:
        """Prepare a walk of `endpoint` (an `asyncio_detailed`) with these filters.

        `params` may be a list action's `locals()`: its `self` is dropped, its
        `page_size`, `start_page` and `max_pages` set the walk, and its `options`
        (`extra_headers`, `extra_query`, `timeout`) apply to every page's request.
        """
        if options := params.get("options"):
            endpoint = _with_options(endpoint, client, options)
        self._endpoint = endpoint
        self._client = client
        self._page_size = params.get("page_size", page_size)
        self._start_page = params.get("start_page", start_page)
        self._max_pages = params.get("max_pages", max_pages)
        # UNSET filters are left out rather than sent as "not given" with every page.
        self._params = {
            key: value
            for key, value in params.items()
            if value is not UNSET and key not in _PAGER_ARGUMENTS
        }

    def __aiter__(self) -> AsyncGenerator[T, None]:
        """Every record, in order, fetching page after page."""
        return paginate(
            self._endpoint,
            client=self._client,
            page_size=self._page_size,
            start_page=self._start_page,
            max_pages=self._max_pages,
            **self._params,
        )

    async def pages(self) -> AsyncIterator[PageOf[T]]:
        """Yield the pages one by one, each with its number, records and `X-Pagination`."""
        walk = pages(
            self._endpoint,
            client=self._client,
            page_size=self._page_size,
            start_page=self._start_page,
            max_pages=self._max_pages,
            **self._params,
        )
        async with aclosing(walk):
            async for page in walk:
                yield PageOf(
                    number=page.number, items=page.items, info=page.info, response=page.response
                )

    async def collect(self, *, max_items: int) -> list[T]:
        """Return up to `max_items` records as one list; no page beyond them is fetched.

        The bound is required: a list grows with the account, and holding all of it is
        what iterating with `async for` avoids.
        """
        check_count(_operation_of(self._endpoint), "max_items", max_items, 0, None)
        # From page 1 the page size may shrink to `max_items`; `True == 1` goes to the walk,
        # which refuses it.
        if self._start_page == 1 and self._start_page is not True and self._max_pages is None:
            return await collect(
                self._endpoint,
                client=self._client,
                max_items=max_items,
                page_size=self._page_size,
                **self._params,
            )
        result: list[T] = []
        async with aclosing(self.__aiter__()) as walk:
            while len(result) < max_items:
                try:
                    result.append(await anext(walk))
                except StopAsyncIteration:
                    break
        return result

    async def first_page(self) -> PageOf[T]:
        """Fetch the first page (`start_page`) alone: `await pager` does the same.

        A list with no record gives a page with no `items`.
        """
        walk = self.pages()
        try:
            async for page in walk:
                return page
        finally:
            await walk.aclose()  # type: ignore[attr-defined]
        raise ValueError("max_pages=0 asks for no page: there is no first page to return")

    def __await__(self) -> Generator[Any, None, PageOf[T]]:
        return self.first_page().__await__()

    def __repr__(self) -> str:
        operation = getattr(self._endpoint, "__module__", "?").rsplit(".", 1)[-1]
        return f"<AsyncPager {operation} {self._params!r}>"


def _with_options(endpoint: Endpoint, client: object, options: RequestOptions) -> Endpoint:
    """`endpoint`, sending each page within a call's `options`."""

    @functools.wraps(endpoint)  # keeps the descriptor mark the walk reads
    async def call(*args: Any, **kwargs: Any) -> Response[Any]:
        with _per_call(client, options):
            return await endpoint(*args, **kwargs)

    return call
