"""Test an ASGI app (your FastAPI service) in-process with its lifespan running.

`httpx.ASGITransport` does not run an app's lifespan, and Starlette's `TestClient`
runs the app in another thread on another event loop. `running_app` speaks the ASGI
lifespan protocol itself on the test's own loop: startup before the first request,
lifespan state copied into every request (as servers do), shutdown at the end, and a
failed startup raised as the error it is.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from typing import Any

import httpx

__all__ = ["LifespanError", "running_app"]

_Scope = MutableMapping[str, Any]
_Message = MutableMapping[str, Any]
_ASGIApp = Callable[
    [_Scope, Callable[[], Awaitable[_Message]], Callable[[_Message], Awaitable[None]]],
    Awaitable[None],
]


class LifespanError(RuntimeError):
    """The app's lifespan startup or shutdown failed."""


@asynccontextmanager
async def running_app(
    app: Any, *, base_url: str = "http://127.0.0.1"
) -> AsyncIterator[httpx.AsyncClient]:
    """Start `app`'s lifespan, yield an `httpx.AsyncClient` that calls it, then shut down.

    Example::

        async with running_app(create_app()) as http:
            response = await http.get("/products")

    Raises:
        LifespanError: Startup or shutdown failed; the app's own exception is chained
            when it raised one.
    """
    asgi: _ASGIApp = app
    state: dict[str, Any] = {}
    inbox: asyncio.Queue[_Message] = asyncio.Queue()
    outbox: asyncio.Queue[_Message] = asyncio.Queue()

    async def receive() -> _Message:
        return await inbox.get()

    async def send(message: _Message) -> None:
        await outbox.put(message)

    scope = {"type": "lifespan", "asgi": {"version": "3.0"}, "state": state}

    async def serve_lifespan() -> None:
        await asgi(scope, receive, send)

    task = asyncio.create_task(serve_lifespan())

    async def step(kind: str) -> None:
        await inbox.put({"type": f"lifespan.{kind}"})
        waiter = asyncio.ensure_future(outbox.get())
        await asyncio.wait({waiter, task}, return_when=asyncio.FIRST_COMPLETED)
        if not waiter.done():
            waiter.cancel()
            failure = task.exception() if not task.cancelled() else None
            raise LifespanError(f"The app's lifespan {kind} failed") from failure
        message = waiter.result()
        if message["type"] != f"lifespan.{kind}.complete":
            error: BaseException | None = None
            try:
                await task  # Starlette reports the failure, then re-raises it
            except Exception as exc:
                error = exc
            text = message.get("message") or f"The app's lifespan {kind} failed"
            raise LifespanError(text) from error

    async def with_state(scope: _Scope, receive: Any, send: Any) -> None:
        # Servers give each request a shallow copy of the lifespan state.
        await asgi({**scope, "state": dict(state)}, receive, send)

    await step("startup")
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=with_state), base_url=base_url
        ) as http:
            yield http
    finally:
        await step("shutdown")
        await task
