"""Events as Katana documents them: full event names, the retry header, handlers by name.

Deliveries go over HTTP into a FastAPI app (httpx's ASGI transport); the README's
webhook examples run as written.
"""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from typing import Any

import anyio
import httpx
import pytest
from docs_blocks import blocks
from fastapi import FastAPI

from katana_client import KatanaConfigError
from katana_client.fastapi import (
    MemoryDeliveryStore,
    WebhookDispatcher,
    WebhookError,
    WebhookEvent,
    WebhookEventName,
    event_name,
    idempotent,
    katana_webhook_router,
    parse_webhook_event,
    sign_webhook_body,
)

TOKEN = "whsec-dispatch-token"


def _delivery(action: str, resource_type: str = "sales_order") -> dict[str, Any]:
    return {
        "resource_type": resource_type,
        "webhook_id": 3,
        "action": action,
        "object": {"id": 7, "status": "DELIVERED", "href": "https://api.example/7"},
    }


async def _post(app: FastAPI, payload: Any, headers: dict[str, Any] | None = None) -> int:
    body = json.dumps(payload).encode()
    signed = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN), **(headers or {})}
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await http.post("/katana/webhooks", content=body, headers=signed)
    return response.status_code


def _app(handler: Any, **options: Any) -> FastAPI:
    app = FastAPI()
    app.include_router(katana_webhook_router(handler, tokens=TOKEN, **options))
    return app


async def test_a_handler_for_a_full_name_gets_the_full_and_the_bare_form() -> None:
    webhooks = WebhookDispatcher()
    got: list[WebhookEventName] = []

    @webhooks.on("sales_order.delivered")
    async def delivered(event: WebhookEvent) -> None:
        got.append(event.action)

    app = _app(webhooks)
    assert await _post(app, _delivery("sales_order.delivered")) == 204
    assert await _post(app, _delivery("delivered")) == 204
    assert await _post(app, _delivery("updated")) == 204  # no handler: acknowledged
    assert got == [WebhookEventName.SALES_ORDER_DELIVERED] * 2


async def test_handlers_run_in_order_and_others_go_to_on_other() -> None:
    webhooks = WebhookDispatcher()
    got: list[tuple[str, str]] = []

    @webhooks.on(WebhookEventName.SALES_ORDER_PACKED, "sales_order.delivered")
    async def first(event: WebhookEvent) -> None:
        got.append(("first", event.action.value))

    @webhooks.on("sales_order.delivered")
    async def second(event: WebhookEvent) -> None:
        got.append(("second", event.action.value))

    @webhooks.on_other
    async def other(event: WebhookEvent) -> None:
        got.append(("other", event.action.value))

    app = _app(webhooks)
    for payload in (
        _delivery("delivered"),
        _delivery("packed"),
        _delivery("created", "product"),
        _delivery("teleporter.beamed"),  # unknown to the spec: still delivered
    ):
        assert await _post(app, payload) == 204
    assert got == [
        ("first", "sales_order.delivered"),
        ("second", "sales_order.delivered"),
        ("first", "sales_order.packed"),
        ("other", "product.created"),
        ("other", "teleporter.beamed"),
    ]


@pytest.mark.parametrize(
    ("name", "suggested"),
    [
        ("delivered", "'sales_order.delivered'"),
        ("sales_order.deliverd", "'sales_order.delivered'"),
        ("teleporter.beamed", "sales_order.delivered"),
        ("", "sales_order.delivered"),
    ],
)
def test_registering_an_unknown_name_is_a_config_error_naming_close_ones(
    name: str, suggested: str
) -> None:
    with pytest.raises(KatanaConfigError, match="not one of the 62 webhook events") as info:
        WebhookDispatcher().on("sales_order.created", name)
    assert suggested in str(info.value)


def test_registering_nothing_or_a_non_name_is_a_config_error() -> None:
    with pytest.raises(KatanaConfigError, match="at least one"):
        WebhookDispatcher().on()
    with pytest.raises(KatanaConfigError, match="str, not int"):
        WebhookDispatcher().on(5)  # type: ignore[arg-type]
    with pytest.raises(KatanaConfigError):
        event_name(WebhookEventName("teleporter.beamed"))
    assert event_name("material.created") is WebhookEventName.MATERIAL_CREATED


@pytest.mark.parametrize(
    ("header", "retry_num"),
    [
        (None, 0),
        ("1", 1),
        ("3", 3),
        (" 2 ", 2),
        ("", 0),
        ("abc", 0),
        ("-1", 0),
        ("1.0", 0),
        ("²".encode("latin-1"), 0),  # latin-1, as Starlette reads header bytes
        ("٣".encode(), 0),
        ("9" * 50, 0),
    ],
)
async def test_the_retry_header_is_the_events_retry_num_and_never_refuses(
    header: str | bytes | None, retry_num: int
) -> None:
    got: list[WebhookEvent] = []

    async def handler(event: WebhookEvent) -> None:
        got.append(event)

    headers = {} if header is None else {"X-Katana-Retry-Num": header}
    assert await _post(_app(handler), _delivery("delivered"), headers) == 204
    assert got[0].retry_num == retry_num


def test_the_retry_header_is_found_in_a_plain_dict_whatever_its_case() -> None:
    body = json.dumps(_delivery("sales_order.delivered"))
    assert parse_webhook_event(body, {"x-KATANA-retry-num": "2"}).retry_num == 2
    assert parse_webhook_event(body).retry_num == 0


async def test_a_webhook_error_from_the_handler_is_the_answer() -> None:
    async def handler(event: WebhookEvent) -> None:
        raise WebhookError(503, "Try again later")

    app = _app(handler)
    body = json.dumps(_delivery("delivered")).encode()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await http.post(
            "/katana/webhooks",
            content=body,
            headers={"X-Sha2-Signature": sign_webhook_body(body, TOKEN)},
        )
    assert (response.status_code, response.json()) == (503, {"detail": "Try again later"})


def _readme_webhook_examples() -> list[str]:
    return blocks("docs/webhooks.md", "Webhooks")


async def test_the_readme_webhook_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KATANA_WEBHOOK_TOKEN", TOKEN)
    basic, queued, _wsgi = _readme_webhook_examples()
    namespace: dict[str, Any] = {}
    exec(basic, namespace)  # the README's own example
    app = namespace["app"]
    assert await _post(app, _delivery("delivered")) == 204
    assert await _post(app, _delivery("delivered"), {"X-Katana-Retry-Num": "1"}) == 204
    assert await _post(app, _delivery("packed")) == 204
    assert namespace["shipped"] == [7, 7]  # the resend was skipped

    namespace = {}
    exec(queued.replace("the webhook's token", TOKEN), namespace)
    app = namespace["app"]
    async with app.router.lifespan_context(app):
        assert await _post(app, _delivery("sales_order.updated")) == 204
        await anyio.wait_all_tasks_blocked()  # the work runs after the answer
    assert namespace["synced"] == [7]


@pytest.mark.slow  # a child process
def test_importing_katana_client_webhooks_imports_neither_fastapi_nor_redis() -> None:
    code = (
        "import sys, katana_client.webhooks; "
        "assert not {'fastapi', 'starlette', 'redis'} & set(sys.modules), 'imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _sync_handler(event: WebhookEvent) -> None:
    pass


@pytest.mark.parametrize(
    "register",
    [
        lambda h: katana_webhook_router(h, tokens=TOKEN),
        lambda h: WebhookDispatcher().on("sales_order.delivered")(h),
        lambda h: WebhookDispatcher().on_other(h),
        lambda h: idempotent(MemoryDeliveryStore())(h),
    ],
    ids=["router", "on", "on_other", "idempotent"],
)
def test_a_plain_def_handler_is_refused_when_registered(register: Any) -> None:
    # It would run, then fail on `await None` (500): run again on each of Katana's resends.
    with pytest.raises(KatanaConfigError, match=r"needs an async handler.*_sync_handler"):
        register(_sync_handler)
    with pytest.raises(KatanaConfigError, match="needs an async handler"):
        register(functools.partial(_sync_handler))


async def test_async_callables_of_every_kind_are_accepted_and_run() -> None:
    ran: list[str] = []

    async def handler(event: WebhookEvent, tag: str) -> None:
        ran.append(tag)

    class Sink:
        async def __call__(self, event: WebhookEvent) -> None:
            ran.append("object")

        async def method(self, event: WebhookEvent) -> None:
            ran.append("method")

    webhooks = WebhookDispatcher()
    webhooks.on("sales_order.delivered")(functools.partial(handler, tag="partial"))
    webhooks.on("sales_order.delivered")(Sink())
    webhooks.on("sales_order.delivered")(Sink().method)
    inner = WebhookDispatcher()
    inner.on_other(functools.partial(handler, tag="nested"))
    webhooks.on("sales_order.delivered")(inner)
    assert await _post(_app(webhooks), _delivery("sales_order.delivered")) == 204
    assert ran == ["partial", "object", "method", "nested"]
