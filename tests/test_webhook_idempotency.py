"""`idempotent`: one run per delivery identity, through the router, in memory and in Redis.

Deliveries go over HTTP into a FastAPI app (httpx's ASGI transport); the Redis store
runs against a real redis-server on 127.0.0.1. "Workers" are separate apps, each with
its own store object (and Redis connection), sharing one server.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import anyio
import anyio.lowlevel
import httpx
import pytest
from fastapi import FastAPI
from servers.leakcheck import find_leaks, make_secret
from servers.redis_server import all_keys_and_values, redis_url

from katana_client import KatanaConfigError
from katana_client.fastapi import (
    DeliveryStore,
    MemoryDeliveryStore,
    RedisDeliveryStore,
    WebhookDispatcher,
    WebhookEvent,
    WebhookHandler,
    delivery_identity,
    idempotent,
    katana_webhook_router,
    parse_webhook_event,
    sign_webhook_body,
)
from katana_client.webhooks import WebhookError

__all__ = ["redis_url"]  # a fixture, imported for pytest

TOKEN = "whsec-idempotency-token"
HREF = "https://api.katanamrp.com/v1/sales_orders/4242"
DELIVERY = {
    "resource_type": "sales_order",
    "webhook_id": 17,
    "action": "sales_order.delivered",
    "object": {"id": 4242, "status": "DELIVERED", "href": HREF},
}

MakeStore = Callable[[], DeliveryStore]


@pytest.fixture(params=["memory", "redis"])
async def new_store(request: pytest.FixtureRequest) -> AsyncIterator[MakeStore]:
    """Makes the stores of one test's workers: one memory store, or Redis connections."""
    if request.param == "memory":
        shared = MemoryDeliveryStore()
        yield lambda: shared
        return
    url = request.getfixturevalue("redis_url")
    prefix = f"test:{uuid.uuid4().hex[:8]}"  # the module's server is shared by its tests
    made: list[RedisDeliveryStore] = []

    def make() -> DeliveryStore:
        made.append(RedisDeliveryStore(url, prefix=prefix))
        return made[-1]

    yield make
    for store in made:
        await store.aclose()


class Worker:
    """An app whose handler records each run; `gate` (when set) holds runs until opened."""

    def __init__(self, store: DeliveryStore, **options: Any) -> None:
        self.runs: list[WebhookEvent] = []
        self.failures = 0
        self.gate: anyio.Event | None = None
        self.started = anyio.Event()

        # One scope: the workers are one handler running in several processes.
        @idempotent(store, **{"scope": "sync-orders", **options})
        async def handler(event: WebhookEvent) -> None:
            self.runs.append(event)
            self.started.set()
            if self.gate is not None:
                await self.gate.wait()
            if self.failures:
                self.failures -= 1
                raise RuntimeError("the database is down")

        self.app = FastAPI()
        self.app.include_router(katana_webhook_router(handler, tokens=TOKEN))

    async def post(self, payload: Any = DELIVERY, retry: int | None = None) -> int:
        body = json.dumps(payload).encode()
        headers = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}
        if retry is not None:
            headers["X-Katana-Retry-Num"] = str(retry)
        transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
            response = await http.post("/katana/webhooks", content=body, headers=headers)
        return response.status_code


async def test_a_resend_of_a_handled_delivery_is_skipped(new_store: MakeStore) -> None:
    worker = Worker(new_store())
    assert [await worker.post(retry=r) for r in (None, 1, 2, 3)] == [204] * 4
    assert len(worker.runs) == 1


async def test_a_resend_handled_by_one_worker_is_skipped_by_another(new_store: MakeStore) -> None:
    first, second = Worker(new_store()), Worker(new_store())
    assert await first.post() == 204
    assert await second.post(retry=1) == 204
    assert (len(first.runs), len(second.runs)) == (1, 0)


async def test_katanas_duplicate_first_attempt_is_skipped_within_the_window(
    new_store: MakeStore,
) -> None:
    worker = Worker(new_store())
    assert [await worker.post(), await worker.post()] == [204, 204]
    assert len(worker.runs) == 1


async def test_with_no_duplicate_window_first_attempts_run_and_resends_do_not(
    new_store: MakeStore,
) -> None:
    # A look-alike new change (a second edit of an unchanged order) must not be missed.
    worker = Worker(new_store(), duplicate_window=0)
    assert [await worker.post(), await worker.post(), await worker.post(retry=1)] == [204] * 3
    assert len(worker.runs) == 2


async def test_deliveries_that_differ_in_any_field_each_run(new_store: MakeStore) -> None:
    worker = Worker(new_store())
    variants = [
        DELIVERY,
        {**DELIVERY, "action": "sales_order.updated"},
        {**DELIVERY, "webhook_id": 18},
        {**DELIVERY, "object": {**DELIVERY["object"], "status": "PACKED"}},  # type: ignore[dict-item]
        {**DELIVERY, "object": {**DELIVERY["object"], "id": 4243}},  # type: ignore[dict-item]
    ]
    for payload in variants:
        assert await worker.post(payload, retry=1) == 204
    assert len(worker.runs) == len(variants)


async def test_a_failed_run_is_not_remembered_so_the_resend_runs(new_store: MakeStore) -> None:
    worker = Worker(new_store())
    worker.failures = 1
    assert await worker.post() == 500
    assert await worker.post(retry=1) == 204
    assert await worker.post(retry=2) == 204
    assert len(worker.runs) == 2


async def test_a_failure_forgets_an_earlier_success_of_the_same_identity(
    new_store: MakeStore,
) -> None:
    # A new change that looks like a handled one fails: its resend must run.
    worker = Worker(new_store(), duplicate_window=0)
    assert await worker.post() == 204
    worker.failures = 1
    assert await worker.post() == 500
    assert await worker.post(retry=1) == 204
    assert len(worker.runs) == 3


async def _while_running(worker: Worker, during: Callable[[], Awaitable[None]]) -> int:
    """The answer to a delivery to `worker` whose run is held until `during()` returns."""
    worker.gate = anyio.Event()
    answers: list[int] = []

    async def deliver() -> None:
        answers.append(await worker.post())

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(deliver)
        await worker.started.wait()  # the run holds the identity now
        await during()
        worker.gate.set()
    return answers[0]


async def test_concurrent_duplicates_run_once_the_other_gets_a_409(new_store: MakeStore) -> None:
    first, second = Worker(new_store()), Worker(new_store())

    async def duplicates() -> None:
        assert await second.post() == 409
        assert await first.post() == 409

    assert await _while_running(first, duplicates) == 204
    # Katana delivers the refused one again: handled by then, so skipped.
    assert await second.post(retry=1) == 204
    assert (len(first.runs), len(second.runs)) == (1, 0)


async def test_with_no_duplicate_window_a_refused_first_attempts_resend_runs(
    new_store: MakeStore,
) -> None:
    # A second look-alike change arrives while the first runs: refused (409), its resend
    # must run, since the run that handled the identity started before it arrived.
    first, second = (Worker(new_store(), duplicate_window=0) for _ in range(2))

    async def second_change() -> None:
        assert await second.post() == 409

    assert await _while_running(first, second_change) == 204
    assert await second.post(retry=1) == 204
    assert await first.post(retry=2) == 204  # handled by a run started after it: skipped
    assert (len(first.runs), len(second.runs)) == (1, 1)


async def test_a_run_that_overran_lock_for_frees_no_later_runs_claim(
    new_store: MakeStore,
) -> None:
    started = [anyio.Event(), anyio.Event()]
    finish = [anyio.Event(), anyio.Event()]
    runs: list[int] = []

    @idempotent(new_store(), lock_for=0.05)
    async def handler(event: WebhookEvent) -> None:
        run = len(runs)
        runs.append(run)
        started[run].set()
        await finish[run].wait()
        if run == 0:
            raise RuntimeError("the first run fails after its claim expired")

    worker = Worker(new_store())
    worker.app = FastAPI()
    worker.app.include_router(katana_webhook_router(handler, tokens=TOKEN))
    answers: list[int] = []
    answered = anyio.Event()

    async def deliver(retry: int | None) -> None:
        answers.append(await worker.post(retry=retry))
        answered.set()

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(deliver, None)
        await started[0].wait()
        await anyio.sleep(0.1)  # past lock_for (a lower bound): the first claim expired
        tasks.start_soon(deliver, 1)
        await started[1].wait()  # the resend took the identity
        finish[0].set()
        await answered.wait()
        assert answers == [500]
        # The failed first run gave back only its own claim: the resend still holds it.
        assert await worker.post(retry=2) == 409
        finish[1].set()
    assert answers == [500, 204]
    assert runs == [0, 1]


class Yielding:
    """A store that yields to the event loop before each call, as any networked one does."""

    def __init__(self, store: DeliveryStore) -> None:
        self.store = store

    def __getattr__(self, name: str) -> Any:
        async def call(*args: Any) -> Any:
            await anyio.lowlevel.checkpoint()
            return await getattr(self.store, name)(*args)

        return call


async def test_a_cancelled_run_gives_its_identity_back(new_store: MakeStore) -> None:
    store: Any = Yielding(new_store())
    runs: list[WebhookEvent] = []
    started = anyio.Event()

    @idempotent(store)
    async def slow(event: WebhookEvent) -> None:
        runs.append(event)
        started.set()
        await anyio.sleep_forever()

    event = parse_webhook_event(json.dumps(DELIVERY))

    async def deliver() -> None:
        await slow(event)

    async with anyio.create_task_group() as tasks:
        tasks.start_soon(deliver)
        await started.wait()
        tasks.cancel_scope.cancel()

    @idempotent(store, scope=slow.__module__ + "." + slow.__qualname__)
    async def quick(event: WebhookEvent) -> None:
        runs.append(event)

    await quick(event)  # neither refused (409) nor skipped as handled
    assert len(runs) == 2


async def test_an_identity_is_forgotten_after_remember_for(new_store: MakeStore) -> None:
    worker = Worker(new_store(), remember_for=0.05)
    assert await worker.post() == 204
    await anyio.sleep(0.1)  # only a lower bound: any longer wait gives the same result
    assert await worker.post(retry=1) == 204
    assert len(worker.runs) == 2


async def test_two_handlers_of_one_event_each_run_once(new_store: MakeStore) -> None:
    store = new_store()
    ran: list[str] = []
    webhooks = WebhookDispatcher()

    @webhooks.on("sales_order.delivered")
    @idempotent(store)
    async def notify(event: WebhookEvent) -> None:
        ran.append("notify")

    @webhooks.on("sales_order.delivered")
    @idempotent(store)
    async def sync(event: WebhookEvent) -> None:
        ran.append("sync")

    event = parse_webhook_event(json.dumps(DELIVERY))
    await webhooks(event)
    await webhooks(parse_webhook_event(json.dumps(DELIVERY), {"X-Katana-Retry-Num": "1"}))
    assert ran == ["notify", "sync"]


async def test_handlers_sharing_a_default_scope_are_refused_and_run_with_their_own(
    new_store: MakeStore,
) -> None:
    # Made by one factory, or methods of two instances: one qualified name. Sharing its
    # scope, the second would skip every delivery the first handled (answered 204).
    store = new_store()
    rows: dict[str, list[WebhookEvent]] = {"erp": [], "audit": []}

    def make(table: str, scope: str | None = None) -> WebhookHandler:
        @idempotent(store, scope=scope)
        async def handle(event: WebhookEvent) -> None:
            rows[table].append(event)

        return handle

    class Sink:
        async def handle(self, event: WebhookEvent) -> None:
            pass

    erp, audit = Sink(), Sink()
    first = make("erp")
    idempotent(store)(erp.handle)
    idempotent(store)(erp.handle)  # the same handler again keeps its scope
    with pytest.raises(
        KatanaConfigError, match=r"make\.<locals>\.handle.*give each its own scope="
    ):
        make("audit")
    with pytest.raises(KatanaConfigError, match="scope="):
        idempotent(store)(audit.handle)
    webhooks = WebhookDispatcher()
    webhooks.on("sales_order.delivered")(first)
    webhooks.on("sales_order.delivered")(make("audit", scope="audit"))
    app = FastAPI()
    app.include_router(katana_webhook_router(webhooks, tokens=TOKEN))
    body = json.dumps(DELIVERY).encode()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        signed = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}
        response = await http.post("/katana/webhooks", content=body, headers=signed)
    assert response.status_code == 204
    assert (len(rows["erp"]), len(rows["audit"])) == (1, 1)


def test_the_identity_is_the_body_whatever_its_order_spacing_or_retry() -> None:
    event = parse_webhook_event(json.dumps(DELIVERY))
    reordered = json.dumps(dict(reversed(DELIVERY.items())), indent=4)
    resend = parse_webhook_event(reordered, {"x-katana-retry-num": "2"})
    assert resend.retry_num == 2
    assert delivery_identity(resend) == delivery_identity(event)
    short = parse_webhook_event(json.dumps({**DELIVERY, "action": "delivered"}))
    assert short.action == event.action
    assert delivery_identity(short) != delivery_identity(event)  # not the same body


async def test_the_memory_store_is_bounded_dropping_the_oldest() -> None:
    store = MemoryDeliveryStore(max_entries=3)
    worker = Worker(store)
    for order in range(5):
        payload = {**DELIVERY, "object": {"id": order, "status": "DELIVERED"}}
        assert await worker.post(payload) == 204
    assert len(store) == 3
    # The oldest was dropped, so its resend runs; the newest is still remembered.
    assert await worker.post({**DELIVERY, "object": {"id": 0, "status": "DELIVERED"}}, 1) == 204
    assert await worker.post({**DELIVERY, "object": {"id": 4, "status": "DELIVERED"}}, 1) == 204
    assert len(worker.runs) == 6


async def test_redis_holds_no_part_of_the_body(redis_url: str) -> None:
    store = RedisDeliveryStore(redis_url, prefix="test:body")
    try:
        assert await Worker(store).post() == 204
        # An identity of one's own, made of the body's values, is hashed too.
        own = Worker(store, identity=lambda e: f"{e.object.href}/{e.object.status}")
        assert await own.post() == 204
    finally:
        await store.aclose()
    stored = " ".join(all_keys_and_values(redis_url))
    assert "test:body:" in stored
    for value in (HREF, "DELIVERED", "sales_order", TOKEN):
        assert value not in stored
    # The id on its own: not as a run of digits inside a hash or a stored timestamp
    # (1796042422.06 holds "4242"; a CI run failed on that).
    assert re.search(r"(?<![0-9a-f.])4242(?![0-9a-f.])", stored) is None


async def test_skips_are_logged_without_the_body(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO)
    worker = Worker(MemoryDeliveryStore())
    for retry in (None, 1):
        assert await worker.post(retry=retry) == 204
    (skipped,) = [r for r in caplog.records if r.name == "katana_client.webhooks"]
    assert "retry 1" in skipped.getMessage()
    for value in (HREF, "4242", "DELIVERED", "delivered", TOKEN):
        assert value not in caplog.text


async def test_an_unreachable_redis_refuses_with_503_and_never_shows_the_url(
    caplog: pytest.LogCaptureFixture,
) -> None:
    password = make_secret("redis-password")
    store = RedisDeliveryStore(f"redis://:{password}@127.0.0.1:1/0")
    worker = Worker(store)
    body = json.dumps(DELIVERY).encode()
    transport = httpx.ASGITransport(app=worker.app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await http.post(
            "/katana/webhooks",
            content=body,
            headers={"X-Sha2-Signature": sign_webhook_body(body, TOKEN)},
        )
    assert response.status_code == 503
    assert response.json() == {"detail": "The webhook delivery store is unavailable"}
    assert worker.runs == []
    assert "ConnectionError" in caplog.text
    assert not find_leaks([caplog.text, response.text, repr(store)])


@pytest.mark.parametrize(
    "options",
    [{"remember_for": 0}, {"lock_for": -1}, {"duplicate_window": -1}],
    ids=["remember_for", "lock_for", "duplicate_window"],
)
def test_durations_that_make_no_sense_are_refused(options: dict[str, Any]) -> None:
    with pytest.raises(KatanaConfigError):
        idempotent(MemoryDeliveryStore(), **options)
    with pytest.raises(KatanaConfigError):
        MemoryDeliveryStore(max_entries=0)


def test_a_decorated_handler_is_still_a_webhook_handler() -> None:
    async def handler(event: WebhookEvent) -> None:
        pass

    wrapped: WebhookHandler = idempotent(MemoryDeliveryStore())(handler)
    assert wrapped.__name__ == "handler"


def test_a_url_that_is_no_redis_url_is_a_config_error_that_does_not_quote_it() -> None:
    password = make_secret("redis-password")
    with pytest.raises(KatanaConfigError, match="no Redis URL") as info:
        RedisDeliveryStore(f"http://:{password}@127.0.0.1:6379/0")
    assert not find_leaks([str(info.value), repr(info.value.__context__)])


class FailsToRecord:
    """A store whose record of a finished run fails once (Redis gone for a moment):
    as `RedisDeliveryStore` reports it, a 503."""

    def __init__(self, store: DeliveryStore) -> None:
        self.store = store
        self.failures = 1

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    async def handled(self, key: str, at: float, remember_for: float, owner: str) -> None:
        if self.failures and not key.endswith(":refused"):
            self.failures -= 1
            await self.store.release(key, owner)
            raise WebhookError(503, "The delivery store is unreachable")
        await self.store.handled(key, at, remember_for, owner)


async def test_a_run_the_store_cannot_record_is_answered_as_handled(
    new_store: MakeStore, caplog: pytest.LogCaptureFixture
) -> None:
    # Its work is done: a 503 would make Katana's resend do it again for certain.
    worker = Worker(FailsToRecord(new_store()))
    with caplog.at_level(logging.WARNING, logger="katana_client.webhooks"):
        assert await worker.post() == 204
    assert len(worker.runs) == 1
    assert "could not record it (WebhookError)" in caplog.text
    assert json.dumps(DELIVERY) not in caplog.text


class SlowToRecord:
    """A store whose writes take a while, as a networked one's may."""

    def __init__(self, store: DeliveryStore) -> None:
        self.store = store

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    async def handled(self, key: str, at: float, remember_for: float, owner: str) -> None:
        await asyncio.sleep(0.05)
        await self.store.handled(key, at, remember_for, owner)


async def test_asyncio_cancelling_a_finished_run_still_records_it(new_store: MakeStore) -> None:
    # A server's graceful-shutdown timeout or a wait_for cancels the task natively,
    # which anyio's shield does not stop: the write to the store must still complete.
    store: Any = SlowToRecord(new_store())
    runs: list[WebhookEvent] = []

    @idempotent(store, scope="slow-record")
    async def handler(event: WebhookEvent) -> None:
        runs.append(event)

    event = parse_webhook_event(json.dumps(DELIVERY))
    task = asyncio.ensure_future(handler(event))
    await asyncio.sleep(0.02)  # the handler has returned; the store is being written
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    resend = parse_webhook_event(json.dumps(DELIVERY), {"X-Katana-Retry-Num": "1"})
    await handler(resend)  # skipped as handled, neither refused (409) nor run again
    assert len(runs) == 1
