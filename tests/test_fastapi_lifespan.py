"""`katana_lifespan`: one KatanaClient for the app's life, handed to routes, closed after."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest
from fastapi import FastAPI, Request

from katana_client import KatanaClient
from katana_client.fastapi import KatanaClientDep, katana_lifespan
from katana_client.generated.api.products import get_all_products
from katana_client.testing import FakeKatana, LifespanError, running_app


def _app(fake: FakeKatana, made: list[KatanaClient], **kwargs: Any) -> FastAPI:
    def factory() -> KatanaClient:
        client = fake.client()
        made.append(client)
        return client

    app = FastAPI(lifespan=katana_lifespan(factory, **kwargs))

    @app.get("/client")
    async def which(katana: KatanaClientDep) -> dict[str, Any]:
        products = await get_all_products.asyncio(client=katana)
        return {"id": id(katana), "products": len(products.data or []) if products else 0}

    return app


async def test_routes_share_one_client_for_the_apps_life() -> None:
    made: list[KatanaClient] = []
    async with running_app(_app(FakeKatana(), made)) as http:
        answers = [(await http.get("/client")).json() for _ in range(3)]
        assert not made[0].is_closed
    assert len(made) == 1
    assert {a["id"] for a in answers} == {id(made[0])}
    assert answers[0]["products"] == 3


async def test_client_is_closed_at_shutdown() -> None:
    made: list[KatanaClient] = []
    async with running_app(_app(FakeKatana(), made)) as http:
        await http.get("/client")
    assert made[0].is_closed


def test_each_run_of_the_app_gets_a_fresh_client_on_its_own_loop() -> None:
    # A module-level client is bound to the first event loop that used it and fails on
    # the next with "Event loop is closed"; the lifespan makes one per run of the app.
    made: list[KatanaClient] = []
    app = _app(FakeKatana(), made)

    async def run_once() -> int:
        async with running_app(app) as http:
            return (await http.get("/client")).status_code

    assert [asyncio.run(run_once()) for _ in range(2)] == [200, 200]
    assert len(made) == 2
    assert all(client.is_closed for client in made)


async def test_default_factory_reads_the_key_from_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("KATANA_API_KEY", "from-env")
    app = FastAPI(lifespan=katana_lifespan())
    async with running_app(app):
        client = app.state.katana_client
        assert isinstance(client, KatanaClient)
    assert client.is_closed


async def test_missing_key_fails_the_startup_not_the_first_request() -> None:
    app = FastAPI(lifespan=katana_lifespan())
    with pytest.raises(LifespanError, match="KATANA_API_KEY"):
        async with running_app(app):
            pass


async def test_wrapped_lifespan_runs_inside_and_its_state_reaches_requests() -> None:
    seen: list[str] = []

    @asynccontextmanager
    async def mine(app: FastAPI) -> AsyncIterator[dict[str, Any]]:
        seen.append("start" if isinstance(app.state.katana_client, KatanaClient) else "none")
        yield {"answer": 42}
        seen.append("stop")

    app = FastAPI(lifespan=katana_lifespan(FakeKatana().client, wrap=mine))

    @app.get("/state")
    async def state_route(katana: KatanaClientDep, request: Request) -> Any:
        return {"same": katana is app.state.katana_client, "answer": request.state.answer}

    async with running_app(app) as http:
        assert (await http.get("/state")).json() == {"same": True, "answer": 42}
    assert seen == ["start", "stop"]


async def test_dependency_without_the_lifespan_says_what_to_do() -> None:
    app = FastAPI()

    @app.get("/client")
    async def which(katana: KatanaClientDep) -> int:
        return 1

    with pytest.raises(RuntimeError, match="katana_lifespan"):
        async with running_app(app) as http:
            await http.get("/client")
