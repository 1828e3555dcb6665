"""Test an ASGI app (your FastAPI service) in-process with its lifespan running.

`httpx.ASGITransport` does not run an app's lifespan, and Starlette's `TestClient`
runs the app in another thread on another event loop. `running_app` drives the
lifespan with asgi-lifespan's `LifespanManager` on the test's own loop: startup before
the first request, lifespan state handed to every request (a shallow copy each, as
servers do), shutdown at the end, and a failed startup raised as a `LifespanError`.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import httpx

from katana_client._errors import LifespanError

__all__ = ["running_app"]


@asynccontextmanager
async def running_app(
    app: Any,
    *,
    base_url: str = "http://127.0.0.1",
    startup_timeout: float | None = 5.0,
    shutdown_timeout: float | None = 5.0,
) -> AsyncIterator[httpx.AsyncClient]:
    """Start `app`'s lifespan, yield an `httpx.AsyncClient` that calls it, then shut down.

    Example::

        async with running_app(create_app()) as http:
            response = await http.get("/products")

    The shutdown runs also when the block raises.

    Args:
        app: The ASGI app.
        base_url: The URL the client's requests are made against.
        startup_timeout: Seconds the startup may take; None for no limit.
        shutdown_timeout: Seconds the shutdown may take; None for no limit.

    Raises:
        LifespanError: Startup or shutdown failed or timed out; the app's own exception
            is chained.
    """
    try:
        # Here, not at the top: FakeKatana alone does not need it.
        from asgi_lifespan import LifespanManager  # noqa: PLC0415
    except ModuleNotFoundError:
        raise ImportError(
            "running_app needs asgi-lifespan: pip install 'katana-client[testing]'"
        ) from None

    async def app_with_copied_state(scope: Any, receive: Any, send: Any) -> None:
        # Each request gets a shallow copy of the lifespan state: what a request sets on
        # `request.state` must not reach the next one.
        if scope["type"] != "lifespan" and "state" in scope:
            scope = {**scope, "state": dict(scope["state"])}
        await app(scope, receive, send)

    manager = LifespanManager(
        app_with_copied_state, startup_timeout=startup_timeout, shutdown_timeout=shutdown_timeout
    )
    try:
        await manager.__aenter__()
    except Exception as exc:
        raise _failed("startup", startup_timeout, exc) from exc
    try:
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=manager.app), base_url=base_url
        ) as http:
            yield http
    finally:
        try:
            await manager.__aexit__(None, None, None)
        except Exception as exc:
            raise _failed("shutdown", shutdown_timeout, exc) from exc


def _failed(step: str, timeout: float | None, exc: Exception) -> LifespanError:
    if isinstance(exc, TimeoutError):
        return LifespanError(f"The app's lifespan {step} took longer than {timeout:g} s")
    return LifespanError(f"The app's lifespan {step} failed: {type(exc).__name__}: {exc}")
