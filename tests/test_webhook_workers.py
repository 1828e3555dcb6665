"""Two receiver processes under uvicorn share a redis-server: each delivery runs once.

Katana's duplicates and resends land on whichever worker the load balancer picks; with
`idempotent(RedisDeliveryStore(url))` a delivery that one worker runs or has handled is
not run by the other, and one that failed is run by whichever gets the resend.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator

import anyio
import httpx
import pytest
import redis
from servers.processes import free_port, http_ok, running
from servers.redis_server import redis_url

from katana_client.fastapi import sign_webhook_body

__all__ = ["redis_url"]  # a fixture, imported for pytest

pytestmark = pytest.mark.slow

TOKEN = "whsec-workers-token"

SERVER = """
import sys

import anyio
import redis.asyncio
import uvicorn
from fastapi import FastAPI

from katana_client.fastapi import (
    RedisDeliveryStore, WebhookEvent, idempotent, katana_webhook_router
)

port, token, url = int(sys.argv[1]), sys.argv[2], sys.argv[3]
counts = redis.asyncio.Redis.from_url(url)


@idempotent(RedisDeliveryStore(url))
async def handler(event: WebhookEvent) -> None:
    runs = await counts.incr(f"runs:{event.object.id}")
    await anyio.sleep(0.2)  # long enough for duplicates to arrive meanwhile
    if event.object.status == "FAIL_FIRST" and runs == 1:
        raise RuntimeError("the first run fails")


app = FastAPI()
app.include_router(katana_webhook_router(handler, tokens=token))


@app.get("/ready")
async def ready() -> str:
    return "ok"


uvicorn.run(app, host="127.0.0.1", port=port, log_level="critical")
"""


@pytest.fixture(scope="module")
def workers(redis_url: str) -> Iterator[list[str]]:
    """The URLs of two receiver processes."""
    urls: list[str] = []
    with contextlib.ExitStack() as stack:
        for _ in range(2):
            port = free_port()
            urls.append(f"http://127.0.0.1:{port}")
            argv = [sys.executable, "-c", SERVER, str(port), TOKEN, redis_url]
            stack.enter_context(running(argv, ready=http_ok(f"{urls[-1]}/ready")))
        yield urls


def _delivery(order: int, status: str = "DELIVERED") -> tuple[bytes, dict[str, str]]:
    body = json.dumps(
        {
            "resource_type": "sales_order",
            "webhook_id": 1,
            "action": "sales_order.delivered",
            "object": {"id": order, "status": status},
        }
    ).encode()
    return body, {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}


async def _deliver(url: str, order: int, status: str, retry: int = 0) -> int:
    body, headers = _delivery(order, status)
    if retry:
        headers["X-Katana-Retry-Num"] = str(retry)
    async with httpx.AsyncClient(timeout=30) as http:
        response = await http.post(f"{url}/katana/webhooks", content=body, headers=headers)
    return response.status_code


def _runs(redis_url: str, order: int) -> int:
    client = redis.Redis.from_url(redis_url)
    try:
        return int(client.get(f"runs:{order}") or 0)
    finally:
        client.close()


async def _flood(urls: list[str], order: int, status: str, copies: int) -> list[int]:
    answers: list[int] = []

    async def one(url: str) -> None:
        answers.append(await _deliver(url, order, status))

    async with anyio.create_task_group() as tasks:
        for copy in range(copies):
            tasks.start_soon(one, urls[copy % len(urls)])
    return answers


async def test_identical_deliveries_on_two_workers_run_once(
    workers: list[str], redis_url: str
) -> None:
    for order in range(1, 6):
        answers = await _flood(workers, order, "DELIVERED", copies=10)
        # The one that ran and those that came after it: 204; those meanwhile: 409.
        assert set(answers) <= {204, 409}
        assert 204 in answers
        resends = [await _deliver(workers[n % 2], order, "DELIVERED", n) for n in (1, 2, 3)]
        assert resends == [204, 204, 204]
        assert _runs(redis_url, order) == 1


async def test_a_delivery_that_failed_on_one_worker_runs_on_the_other(
    workers: list[str], redis_url: str
) -> None:
    order = 100
    assert await _deliver(workers[0], order, "FAIL_FIRST") == 500
    assert await _deliver(workers[1], order, "FAIL_FIRST", retry=1) == 204
    assert await _deliver(workers[0], order, "FAIL_FIRST", retry=2) == 204
    assert _runs(redis_url, order) == 2
