"""A FastAPI service under uvicorn, its requests queued in the rate limiter, shuts down.

uvicorn's graceful shutdown waits for the requests in progress before it runs the
lifespan's shutdown (which closes the `KatanaClient`). Requests waiting for a rate-limit
slot used to wait without bound and held the shutdown until the process was killed;
each now ends at its own timeout, without being sent.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import AsyncIterator

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from faultserver import FaultServer

from katana_client import KatanaClient, KatanaRateLimitTimeoutError, LocalRateLimiter
from katana_client.fastapi import KatanaClientDep, katana_lifespan


@pytest.fixture
async def katana() -> AsyncIterator[FaultServer]:
    async with FaultServer() as running:
        yield running


def service(katana_url: str) -> FastAPI:
    def client() -> KatanaClient:
        limiter = LocalRateLimiter(2, 60.0)
        return KatanaClient(api_key="k", base_url=katana_url, rate_limit=limiter, timeout=2.0)

    app = FastAPI(lifespan=katana_lifespan(client))

    @app.get("/products")
    async def products(katana: KatanaClientDep) -> JSONResponse:
        try:
            answer = await katana.get_async_httpx_client().get("/products")
        except KatanaRateLimitTimeoutError:
            return JSONResponse({"detail": "busy, not sent: try again"}, status_code=503)
        return JSONResponse({"katana": answer.status_code})

    return app


@pytest.mark.slow
async def test_uvicorn_shuts_down_while_requests_wait_for_rate_limit_slots(
    katana: FaultServer,
) -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(service(katana.url), lifespan="on", log_level="warning")
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        for _ in range(500):  # up to 10 s to start
            if server.started:
                break
            await asyncio.sleep(0.02)
        assert server.started
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as http:
            calls = [asyncio.create_task(http.get("/products")) for _ in range(60)]
            for _ in range(500):  # until Katana got the two the limit allows at once
                if len(katana.received) >= 2:
                    break
                await asyncio.sleep(0.02)
            server.should_exit = True
            await asyncio.wait_for(asyncio.shield(serving), 30)
            answers = await asyncio.wait_for(asyncio.gather(*calls), 10)
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 30)
        sock.close()
    statuses = sorted(a.status_code for a in answers)
    assert statuses == [200, 200] + [503] * 58
    assert len(katana.received) == 2
