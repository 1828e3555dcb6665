"""`running_app`: an ASGI app's lifespan around in-process requests, on the test's loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from katana_client.testing import LifespanError, running_app


def _app(lifespan: Any) -> Starlette:
    async def visit(request: Request) -> JSONResponse:
        seen = getattr(request.state, "mine", None)
        request.state.mine = "set by an earlier request"
        return JSONResponse({"answer": request.state.answer, "seen": seen})

    return Starlette(routes=[Route("/", visit)], lifespan=lifespan)


async def test_lifespan_state_reaches_each_request_as_its_own_copy() -> None:
    events: list[str] = []

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        events.append("startup")
        yield {"answer": 42}
        events.append("shutdown")

    async with running_app(_app(lifespan)) as http:
        assert events == ["startup"]
        first = (await http.get("/")).json()
        second = (await http.get("/")).json()
    assert first == second == {"answer": 42, "seen": None}
    assert events == ["startup", "shutdown"]


async def test_the_shutdown_runs_when_the_block_raises() -> None:
    events: list[str] = []

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        yield {"answer": 1}
        events.append("shutdown")

    with pytest.raises(KeyError):
        async with running_app(_app(lifespan)):
            raise KeyError("in the test")
    assert events == ["shutdown"]


async def test_a_failed_startup_is_a_lifespan_error_with_the_cause() -> None:
    def connect() -> None:
        raise ValueError("no database")

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        connect()  # fails before the lifespan yields
        yield

    with pytest.raises(LifespanError, match="startup failed: ValueError: no database") as caught:
        async with running_app(_app(lifespan)):
            pytest.fail("the block must not run")
    assert isinstance(caught.value.__cause__, ValueError)


async def test_a_startup_that_never_ends_times_out() -> None:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        await asyncio.Event().wait()  # never set
        yield

    with pytest.raises(LifespanError, match=r"startup took longer than 0.05 s"):
        async with running_app(_app(lifespan), startup_timeout=0.05):
            pytest.fail("the block must not run")


async def test_a_failed_shutdown_is_a_lifespan_error() -> None:
    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[dict[str, Any]]:
        yield {"answer": 1}
        raise OSError("could not flush")

    with pytest.raises(LifespanError, match="shutdown failed: OSError: could not flush"):
        async with running_app(_app(lifespan)) as http:
            assert (await http.get("/")).status_code == 200
