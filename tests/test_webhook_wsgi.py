"""`receive_webhook`: one delivery checked and read from a raw body and headers, in any
framework; and the README's plain WSGI receiver, run as written."""

from __future__ import annotations

import asyncio
import io
import json
import threading
from collections.abc import Iterator
from http import HTTPStatus
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, make_server
from wsgiref.types import WSGIApplication
from wsgiref.util import setup_testing_defaults
from wsgiref.validate import validator

import httpx
import pytest
from docs_blocks import blocks

from katana_client import KatanaConfigError
from katana_client.webhooks import (
    MemoryDeliveryStore,
    WebhookDispatcher,
    WebhookError,
    WebhookEvent,
    idempotent,
    receive_webhook,
    sign_webhook_body,
)

TOKEN = "whsec-wsgi-token"
DELIVERY = json.dumps(
    {
        "resource_type": "sales_order",
        "webhook_id": 3,
        "action": "sales_order.delivered",
        "object": {"id": 7, "status": "DELIVERED", "href": "https://api.example/7"},
    }
).encode()


def _signed(body: bytes = DELIVERY, name: str = "X-Sha2-Signature") -> dict[str, str]:
    return {name: sign_webhook_body(body, TOKEN)}


def _status(call: Any) -> int:
    with pytest.raises(WebhookError) as caught:
        call()
    return caught.value.status_code


# --- receive_webhook ---------------------------------------------------------------------


def test_a_signed_delivery_is_returned_as_its_event() -> None:
    event = receive_webhook(DELIVERY, _signed(), tokens=TOKEN)
    assert (event.action.value, event.object.id) == ("sales_order.delivered", 7)


@pytest.mark.parametrize("name", ["x-sha2-signature", "X-SHA2-SIGNATURE"])
def test_header_names_match_whatever_their_case(name: str) -> None:
    headers = {**_signed(name=name), "X-KATANA-RETRY-NUM": "2"}
    assert receive_webhook(DELIVERY, headers, tokens=[TOKEN]).retry_num == 2


def test_each_refusal_is_a_webhook_error_with_the_status_to_answer() -> None:
    bad_json = b"{not json"
    assert _status(lambda: receive_webhook(DELIVERY, {}, tokens=TOKEN)) == 401
    wrong = {"X-Sha2-Signature": sign_webhook_body(DELIVERY, "another token")}
    assert _status(lambda: receive_webhook(DELIVERY, wrong, tokens=TOKEN)) == 401
    assert _status(lambda: receive_webhook(bad_json, _signed(bad_json), tokens=TOKEN)) == 400
    assert _status(lambda: receive_webhook(b"[]", _signed(b"[]"), tokens=TOKEN)) == 422
    big = b" " * 101 + DELIVERY
    assert (
        _status(lambda: receive_webhook(big, _signed(big), tokens=TOKEN, max_body_size=100)) == 413
    )


def test_unknown_events_are_refused_only_when_asked() -> None:
    body = DELIVERY.replace(b"sales_order.delivered", b"sales_order.teleported")
    assert not receive_webhook(body, _signed(body), tokens=TOKEN).is_known

    def strict() -> WebhookEvent:
        return receive_webhook(body, _signed(body), tokens=TOKEN, accept_unknown_events=False)

    assert _status(strict) == 422


def test_tokens_none_verifies_nothing_and_a_blank_token_is_a_config_error() -> None:
    assert receive_webhook(DELIVERY, {}, tokens=None).object.id == 7
    with pytest.raises(KatanaConfigError, match="empty or blank"):
        receive_webhook(DELIVERY, {}, tokens=" ")  # refused before looking at the request


def test_async_handlers_run_from_synchronous_code_with_asyncio_run() -> None:
    webhooks = WebhookDispatcher()
    handled: list[int | str | None] = []

    @webhooks.on("sales_order.delivered")
    @idempotent(MemoryDeliveryStore())
    async def on_delivered(event: WebhookEvent) -> None:
        handled.append(event.object.id)

    asyncio.run(webhooks(receive_webhook(DELIVERY, _signed(), tokens=TOKEN)))
    resend = {**_signed(), "X-Katana-Retry-Num": "1"}
    asyncio.run(webhooks(receive_webhook(DELIVERY, resend, tokens=TOKEN)))  # another loop
    assert handled == [7]  # the resend was skipped


# --- the README's WSGI receiver ----------------------------------------------------------


def _readme_wsgi_app(monkeypatch: pytest.MonkeyPatch) -> tuple[WSGIApplication, list[Any]]:
    monkeypatch.setenv("KATANA_WEBHOOK_TOKEN", TOKEN)
    code = next(block for block in blocks("docs/webhooks.md", "Webhooks")
                if "def katana_webhooks(environ" in block)  # fmt: skip
    namespace: dict[str, Any] = {}
    exec(code, namespace)  # the README's own example
    return namespace["katana_webhooks"], namespace["shipped"]


def _call(app: WSGIApplication, body: bytes, headers: dict[str, str]) -> tuple[str, bytes]:
    """One POST through wsgiref's validator, which fails on anything not WSGI."""
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST",
        "PATH_INFO": "/katana/webhooks",
        "QUERY_STRING": "",
        "SCRIPT_NAME": "",
        "CONTENT_LENGTH": str(len(body)),
        "CONTENT_TYPE": "application/json",
        "wsgi.input": io.BytesIO(body),
    }
    environ.update({f"HTTP_{k.upper().replace('-', '_')}": v for k, v in headers.items()})
    setup_testing_defaults(environ)
    answer: list[str] = []

    def start_response(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        answer.append(status)
        return lambda data: None

    chunks = validator(app)(environ, start_response)
    try:
        content = b"".join(chunks)
    finally:
        chunks.close()  # type: ignore[attr-defined]
    return answer[0], content


def test_readme_wsgi_receiver_answers_each_delivery(monkeypatch: pytest.MonkeyPatch) -> None:
    app, shipped = _readme_wsgi_app(monkeypatch)
    assert _call(app, DELIVERY, _signed()) == ("204 No Content", b"")
    assert shipped == [7]
    assert _call(app, DELIVERY, {}) == ("401 Unauthorized", b"Missing X-Sha2-Signature header")
    assert _call(app, b"{", _signed(b"{"))[0] == "400 Bad Request"
    huge = b" " * (1 << 20) + DELIVERY
    assert _call(app, huge, _signed(huge))[0] == f"413 {HTTPStatus(413).phrase}"  # 3.13 renamed it
    assert shipped == [7]


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass  # no access log on stderr


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, list[Any]]]:
    app, shipped = _readme_wsgi_app(monkeypatch)
    server = make_server("127.0.0.1", 0, app, handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/katana/webhooks", shipped
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.slow
def test_readme_wsgi_receiver_behind_a_real_server(served: tuple[str, list[Any]]) -> None:
    url, shipped = served
    assert httpx.post(url, content=DELIVERY, headers=_signed()).status_code == 204
    refused = httpx.post(url, content=DELIVERY, headers={"X-Sha2-Signature": "00"})
    assert (refused.status_code, refused.text) == (401, "Invalid webhook signature")
    assert shipped == [7]
