"""`SyncKatanaClient`: the API from code without an event loop, over the async core.

Cron jobs, Celery tasks, Django views and notebooks call `client.products.get(1)` and
get the model. Underneath, each call runs the async resource method on a private event
loop in a background thread (started on first use), so auth, retries, the rate limit,
the body cap and closing are the very code `KatanaClient` runs.

- Several threads may call one client at once: their calls run side by side on the
  private loop, pooled as in async code.
- Each call runs in a copy of the caller's context, so `with client.options(...)`
  applies to the calls in its block, in that thread only.
- From a thread that runs an event loop (a notebook cell, an `async def`), calls work
  and block that thread until they are done, as any blocking call does; in async code
  use `KatanaClient` instead, so that the loop keeps serving other tasks.

The sync resources (`client.products`) are generated next to the async ones: one line
per action, `get = blocking(ProductsResource.get)`, typed from the async method by
`ParamSpec`, so a type checker sees `get(id: int, ...) -> Product`.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import contextvars
import functools
import importlib
import threading
import types
import weakref
from collections.abc import (
    AsyncIterator,
    Awaitable,
    Callable,
    Coroutine,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import AbstractContextManager
from types import TracebackType
from typing import (
    TYPE_CHECKING,
    Any,
    Concatenate,
    Final,
    Generic,
    ParamSpec,
    Self,
    TypeVar,
    Unpack,
    overload,
)

import httpx

from ._client import KatanaClient
from ._errors import KatanaClientClosedError
from ._resources import AsyncPager, PageOf, Resource, raw
from ._runtime import Response, SupportsAsyncHTTPX
from .generated.client import DEFAULT_TIMEOUT
from .generated.resources import RESOURCES, SyncResources
from .resilience._body import DEFAULT_MAX_RESPONSE_BYTES
from .resilience._options import DEFAULT, DEFAULT_LIMITS, ClientOptions
from .resilience._transport import RateLimitSetting, RetrySetting

if TYPE_CHECKING:
    from .auth import TokenProvider
    from .observability import Observer

__all__ = [
    "SyncKatanaClient",
    "SyncPager",
    "SyncResource",
    "blocking",
    "blocking_list",
    "blocking_page",
    "blocking_raw",
]

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


class _Portal:
    """A private event loop in a daemon thread, and calls into it from any thread."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closing = False  # close() has begun: a second close() returns at once
        self._closed = False

    def call(self, fn: Callable[P, Awaitable[T]], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """Run `fn(*args, **kwargs)` on the loop, in a copy of this thread's context."""
        loop = self._running_loop()
        context = contextvars.copy_context()
        done: concurrent.futures.Future[T] = concurrent.futures.Future()
        tasks: list[asyncio.Task[T]] = []

        async def run() -> T:
            return await fn(*args, **kwargs)

        def start() -> None:
            if not done.set_running_or_notify_cancel():
                return
            if self._closed:  # queued as close() ran: nothing starts after it
                done.set_exception(_closed_error())
                return
            task = loop.create_task(run(), context=context)
            tasks.append(task)
            task.add_done_callback(functools.partial(_settle, done))

        try:
            loop.call_soon_threadsafe(start)
        except RuntimeError:  # the loop closed meanwhile
            raise _closed_error() from None
        try:
            return self._wait(loop, done)
        except BaseException:
            # Interrupted (Ctrl-C): a call not started yet never starts; a started one is
            # stopped, without waiting for it.
            if not done.cancel() and not done.done():
                loop.call_soon_threadsafe(lambda: [task.cancel() for task in tasks])
            raise

    def _wait(self, loop: asyncio.AbstractEventLoop, done: concurrent.futures.Future[T]) -> T:
        """`done`'s result; `KatanaClientClosedError` if close() ended the call first."""
        while True:
            try:
                return done.result(timeout=_CHECK_CLOSED)
            except concurrent.futures.TimeoutError:
                # A call queued as the loop stopped for good would wait for ever.
                if loop.is_closed() and not done.done():
                    raise _closed_error() from None
            except concurrent.futures.CancelledError:
                if self._closed:  # cancelled by close(), as it stopped the loop
                    raise _closed_error() from None
                raise

    def _running_loop(self) -> asyncio.AbstractEventLoop:
        with self._lock:
            if self._closed:
                raise KatanaClientClosedError(
                    "This SyncKatanaClient is closed; create a new one to make more requests."
                )
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=_serve, args=(self._loop,), name="katana-client-sync", daemon=True
                )
                self._thread.start()
            elif self._thread is threading.current_thread():
                raise RuntimeError(
                    "A SyncKatanaClient was called from its own event loop (an event hook or "
                    "token provider?); that would wait for ever. Use async code there."
                )
            return self._loop

    def close(self, aclose: Callable[[], Coroutine[Any, Any, None]]) -> bool:
        """Run `aclose` on the loop, then stop the loop and its thread. Safe to call twice.

        Returns False, without running `aclose`, if the loop was never started.
        """
        with self._lock:
            if self._closing:
                return True
            self._closing = True
            loop, thread = self._loop, self._thread
            if loop is None or thread is None:  # never used: nothing runs, nothing is open
                self._closed = True
                return False
        try:
            if thread is threading.current_thread():  # collected on the loop: no wait
                loop.create_task(aclose()).add_done_callback(lambda _: loop.stop())
                return True
            self.call(aclose)
        finally:
            with self._lock:
                self._closed = True
            if thread is not threading.current_thread():
                loop.call_soon_threadsafe(loop.stop)
                thread.join()
        return True


def _close(portal: _Portal, client: KatanaClient) -> None:
    """Close `client` on `portal`'s loop and stop it (`SyncKatanaClient.close`)."""
    try:  # closed from async code (a `from_async` client): that loop waits on us here
        blocked: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
    except RuntimeError:
        blocked = None
    if not portal.close(lambda: client._shared.aclose(blocked=blocked)):
        # The loop never ran, so nothing of this client's is open there; later calls
        # through `client` are refused as after any close.
        client._shared.closed = True


def _serve(loop: asyncio.AbstractEventLoop) -> None:
    asyncio.set_event_loop(loop)
    try:
        loop.run_forever()
    finally:
        try:
            # As asyncio.run ends: calls still waiting (for a token, in an event hook)
            # are cancelled, so that their callers get `KatanaClientClosedError` rather
            # than wait for ever, and async generators (walks left unfinished) closed.
            remaining = asyncio.all_tasks(loop)
            for task in remaining:
                task.cancel()
            if remaining:
                loop.run_until_complete(asyncio.gather(*remaining, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
        finally:
            loop.close()


# Seconds between checks, while a call waits, that its loop has not closed under it.
_CHECK_CLOSED: Final = 1.0


def _closed_error() -> KatanaClientClosedError:
    return KatanaClientClosedError(
        "This SyncKatanaClient was closed; create a new one to make more requests."
    )


def _settle(done: concurrent.futures.Future[T], task: asyncio.Task[T]) -> None:
    if task.cancelled():
        done.set_exception(concurrent.futures.CancelledError())
    elif (error := task.exception()) is not None:
        done.set_exception(error)
    else:
        done.set_result(task.result())


class SyncPager(Generic[T]):
    """What a list action of `SyncKatanaClient` returns: iterate it with `for`.

    Example::

        for product in client.products.list(is_sellable=True):
            ...
        for page in client.products.list().pages():
            print(page.number, len(page.items))
        first_100 = client.products.list().collect(max_items=100)
        page = client.products.list().first_page()

    The blocking face of an `AsyncPager`, with the same walk: nothing is sent until it
    is iterated, one page is held at a time, and a walk left early is closed. It keeps
    its client open: a pager outliving every other reference to the client still walks.
    """

    __slots__ = ("_client", "_pager", "_portal")

    def __init__(self, pager: AsyncPager[T], client: SyncKatanaClient) -> None:
        """Walk `pager` on `client`'s loop."""
        self._pager = pager
        self._client = client  # the client closes when collected: not while this is used
        self._portal = client._portal

    def __iter__(self) -> Iterator[T]:
        """Every record, in order, fetching page after page."""
        return self._walk(self._pager.__aiter__())

    def pages(self) -> Iterator[PageOf[T]]:
        """The pages one by one, each with its number, records and `X-Pagination`."""
        return self._walk(self._pager.pages())

    def collect(self, *, max_items: int) -> list[T]:
        """Up to `max_items` records as one list; no page beyond them is fetched."""
        return self._portal.call(self._pager.collect, max_items=max_items)

    def first_page(self) -> PageOf[T]:
        """The first page (`start_page`) alone."""
        return self._portal.call(self._pager.first_page)

    def _walk(self, walk: AsyncIterator[R]) -> Iterator[R]:
        try:
            while True:
                try:
                    item = self._portal.call(walk.__anext__)
                except StopAsyncIteration:
                    return
                yield item
        finally:
            aclose = getattr(walk, "aclose", None)
            if aclose is not None:
                # If the client closed first, its loop has closed the walk already.
                with contextlib.suppress(KatanaClientClosedError):
                    self._portal.call(aclose)

    def __repr__(self) -> str:
        return f"<SyncPager over {self._pager!r}>"


class SyncResource:
    """Base of the generated sync resources: an async resource and the client whose loop
    it runs on; it keeps that client open (`SyncKatanaClient().products` works)."""

    def __init__(self, resource: Resource, client: SyncKatanaClient) -> None:
        """Run `resource`'s actions on `client`'s loop."""
        self._resource = resource
        self._client = client  # the client closes when collected: not while this is used
        self._portal = client._portal

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._resource._client!r}>"


class _Blocking(Generic[P, T]):
    """A sync resource's action: made for each resource on first access."""

    __slots__ = ("_make", "_name")

    def __init__(self, make: Callable[[SyncResource], Callable[P, T]]) -> None:
        self._make = make
        self._name = ""

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._name = name

    @overload
    def __get__(self, obj: None, owner: type[Any] | None = None) -> Self: ...
    @overload
    def __get__(self, obj: SyncResource, owner: type[Any] | None = None) -> Callable[P, T]: ...
    def __get__(
        self, obj: SyncResource | None, owner: type[Any] | None = None
    ) -> Self | Callable[P, T]:
        if obj is None:
            return self
        action = self._make(obj)
        obj.__dict__[self._name] = action  # found there from now on
        return action


def blocking(action: Callable[Concatenate[Any, P], Awaitable[T]]) -> _Blocking[P, T]:
    """The sync form of a resource's async `action` (e.g. `ProductsResource.get`)."""

    def make(sync: SyncResource) -> Callable[P, T]:
        @functools.wraps(action)
        def call(*args: P.args, **kwargs: P.kwargs) -> T:
            return sync._portal.call(action, sync._resource, *args, **kwargs)

        return call

    return _Blocking(make)


def blocking_list(
    action: Callable[Concatenate[Any, P], AsyncPager[T]],
) -> _Blocking[P, SyncPager[T]]:
    """The sync form of a list action: it returns a `SyncPager`."""

    def make(sync: SyncResource) -> Callable[P, SyncPager[T]]:
        @functools.wraps(action)
        def call(*args: P.args, **kwargs: P.kwargs) -> SyncPager[T]:
            return SyncPager(action(sync._resource, *args, **kwargs), sync._client)

        return call

    return _Blocking(make)


def blocking_raw(action: Callable[Concatenate[Any, P], Awaitable[T]]) -> _Blocking[P, Response[T]]:
    """The sync form of `with_raw_response.<action>`: it returns the whole `Response`."""

    def make(sync: SyncResource) -> Callable[P, Response[T]]:
        whole = raw(types.MethodType(action, sync._resource))

        @functools.wraps(action)
        def call(*args: P.args, **kwargs: P.kwargs) -> Response[T]:
            return sync._portal.call(whole, *args, **kwargs)

        return call

    return _Blocking(make)


def blocking_page(
    endpoint: Callable[Concatenate[SupportsAsyncHTTPX, P], Awaitable[R]],
) -> _Blocking[P, R]:
    """The sync form of a list action's raw form: one page per call (`page=`, `limit=`)."""

    def make(sync: SyncResource) -> Callable[P, R]:
        @functools.wraps(endpoint)
        def call(*args: P.args, **kwargs: P.kwargs) -> R:
            return sync._portal.call(endpoint, sync._resource._client, *args, **kwargs)

        return call

    return _Blocking(make)


class SyncKatanaClient(SyncResources):
    """Blocking client for the Katana MRP API, for code without an event loop.

    Example::

        with SyncKatanaClient() as client:  # reads KATANA_API_KEY
            for product in client.products.list(is_sellable=True):
                ...
            order = client.sales_orders.get(1)
            response = client.products.with_raw_response.get(1)

    The arguments are `KatanaClient`'s, and mean the same. It runs a `KatanaClient` on
    a private event loop in a background thread, started on first use, so every call
    has the same auth, retries, rate limit and typed errors. Threads may share one
    client. Close it (`close()`, or the end of `with`) to stop the thread; one left
    open is closed when it is garbage-collected or when the interpreter exits.
    """

    _async: KatanaClient
    _portal: _Portal
    _closer: Callable[[], Any]  # a weakref.finalize: closes once, when called or collected
    _parent: SyncKatanaClient

    def __init__(
        self,
        *,
        api_key: str | None = None,
        token_provider: TokenProvider | None = None,
        base_url: str | None = None,
        timeout: httpx.Timeout | float | None = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        http_client: httpx.AsyncClient | None = None,
        headers: Mapping[str, str] | None = None,
        retry: RetrySetting = DEFAULT,
        rate_limit: RateLimitSetting = DEFAULT,
        limits: httpx.Limits = DEFAULT_LIMITS,
        event_hooks: Mapping[str, list[Callable[..., Awaitable[Any]]]] | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        response_deadline: float | None = None,
        trust_env: bool = True,
        observers: Iterable[Observer] = (),
    ) -> None:
        """See `KatanaClient` for each argument."""
        arguments = {name: value for name, value in locals().items() if name != "self"}
        self._own(KatanaClient(**arguments))

    @classmethod
    def from_async(cls, client: KatanaClient) -> SyncKatanaClient:
        """Blocking calls over `client`; closing the sync client closes `client` too.

        `client` may still be used from your own event loops (each loop has its own
        connections), e.g. `SyncKatanaClient.from_async(fake.client())` in a test.
        """
        sync = object.__new__(cls)
        sync._own(client)
        return sync

    def _own(self, client: KatanaClient) -> None:
        self._async = client
        self._portal = _Portal()
        self._closer = weakref.finalize(self, _close, self._portal, client)

    @property
    def base_url(self) -> str:
        """The API root every endpoint path is appended to, without a trailing slash."""
        return self._async.base_url

    @property
    def is_closed(self) -> bool:
        """Whether `close()` has been called."""
        return self._async.is_closed

    def options(self, **settings: Unpack[ClientOptions]) -> AbstractContextManager[None]:
        """Settings for this thread's calls in a `with` block: see `KatanaClient.options`."""
        return self._async.options(**settings)

    def with_options(self, **settings: Unpack[ClientOptions]) -> SyncKatanaClient:
        """A copy whose calls use these settings: see `KatanaClient.with_options`.

        It shares the thread, the connections and closing with this client.
        """
        copy = object.__new__(type(self))
        copy._async = self._async.with_options(**settings)
        copy._portal = self._portal
        copy._closer = self._closer
        copy._parent = self  # the original closes the thread when collected: not before
        return copy

    def close(self) -> None:
        """Stop the requests in flight, close every connection and stop the thread.

        Safe to call twice. Calls still running raise `KatanaClientClosedError`, as
        with `KatanaClient.aclose()`; later calls raise it too.
        """
        self._closer()

    def __enter__(self) -> Self:
        # As `async with KatanaClient()`: the token is fetched now, so that a missing
        # key fails here rather than at the first request.
        try:
            self._portal.call(self._async.__aenter__)
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        # The resources (`client.products`): typed by `SyncResources`, made on first use.
        if name not in RESOURCES:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        module, cls = RESOURCES[name]
        sync_cls = getattr(
            importlib.import_module(module), cls.removesuffix("Resource") + "SyncResource"
        )
        resource = sync_cls(getattr(self._async, name), self)
        self.__dict__[name] = resource
        return resource

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"
