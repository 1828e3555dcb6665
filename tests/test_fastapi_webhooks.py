"""The webhook receiver: signed deliveries become typed events; anything else is a 4xx."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from katana_client.fastapi import (
    WebhookEvent,
    WebhookEventName,
    katana_webhook_router,
    parse_webhook_event,
    sign_webhook_body,
    verify_webhook_signature,
)
from katana_client.testing import load_spec

TOKEN = "whsec-token-from-the-webhook-object"
DELIVERY = {
    "resource_type": "sales_order",
    "action": "created",
    "webhook_id": 17,
    "object": {
        "id": 42,
        "status": "NOT_SHIPPED",
        "href": "https://api.katanamrp.com/v1/sales_orders/42",
    },
}


def _app(received: list[WebhookEvent], **kwargs: Any) -> FastAPI:
    async def handler(event: WebhookEvent) -> None:
        received.append(event)

    app = FastAPI()
    app.include_router(katana_webhook_router(handler, **kwargs))
    return app


async def _post(app: FastAPI, body: bytes, headers: dict[str, str] | None = None) -> httpx.Response:
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        return await http.post("/katana/webhooks", content=body, headers=headers or {})


def _signed(payload: Any, token: str = TOKEN) -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, {"X-Sha2-Signature": sign_webhook_body(body, token)}


async def test_valid_signed_delivery_reaches_the_handler_as_a_typed_event() -> None:
    received: list[WebhookEvent] = []
    response = await _post(_app(received, tokens=TOKEN), *_signed(DELIVERY))
    assert response.status_code == 204
    (event,) = received
    assert event.name is WebhookEventName.SALES_ORDER_CREATED
    assert event.is_known
    assert (event.resource_type, event.action, event.webhook_id) == ("sales_order", "created", 17)
    assert (event.object.id, event.object.status) == (42, "NOT_SHIPPED")
    assert event.object.href == DELIVERY["object"]["href"]  # type: ignore[index]


async def test_bad_signature_is_a_401_and_the_handler_is_not_called() -> None:
    received: list[WebhookEvent] = []
    response = await _post(_app(received, tokens=TOKEN), *_signed(DELIVERY, token="other"))
    assert response.status_code == 401
    assert received == []


async def test_unsigned_delivery_is_a_401_when_tokens_are_set() -> None:
    received: list[WebhookEvent] = []
    response = await _post(_app(received, tokens=TOKEN), json.dumps(DELIVERY).encode())
    assert response.status_code == 401
    assert response.json() == {"detail": "Missing X-Sha2-Signature header"}
    assert received == []


async def test_body_changed_after_signing_is_rejected() -> None:
    body, headers = _signed(DELIVERY)
    response = await _post(_app([], tokens=TOKEN), body.replace(b"42", b"43"), headers)
    assert response.status_code == 401


async def test_malformed_json_is_a_400() -> None:
    body = b"{not json"
    headers = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}
    assert (await _post(_app([], tokens=TOKEN), body, headers)).status_code == 400


@pytest.mark.parametrize(
    "payload",
    [
        [],
        {"action": "created", "object": {}},
        {"resource_type": "sales_order", "object": {}},
        {"resource_type": "sales_order", "action": "created", "object": 5},
    ],
    ids=["array", "no-resource-type", "no-action", "object-not-a-mapping"],
)
async def test_json_that_is_not_a_delivery_is_a_422(payload: Any) -> None:
    received: list[WebhookEvent] = []
    response = await _post(_app(received, tokens=TOKEN), *_signed(payload))
    assert response.status_code == 422
    assert received == []


async def test_unknown_event_is_passed_on_marked_unknown_by_default() -> None:
    received: list[WebhookEvent] = []
    payload = {**DELIVERY, "resource_type": "teleporter", "action": "beamed"}
    response = await _post(_app(received, tokens=TOKEN), *_signed(payload))
    assert response.status_code == 204
    assert received[0].name == "teleporter.beamed"
    assert not received[0].is_known


async def test_unknown_event_can_be_refused() -> None:
    received: list[WebhookEvent] = []
    payload = {**DELIVERY, "action": "teleported"}
    app = _app(received, tokens=TOKEN, accept_unknown_events=False)
    response = await _post(app, *_signed(payload))
    assert response.status_code == 422
    assert received == []


async def test_signature_header_name_and_encoding_are_configurable() -> None:
    received: list[WebhookEvent] = []
    body = json.dumps(DELIVERY).encode()
    headers = {"X-Katana-Signature": sign_webhook_body(body, TOKEN, encoding="base64")}
    app = _app(
        received, tokens=TOKEN, signature_header="X-Katana-Signature", signature_encoding="base64"
    )
    assert (await _post(app, body, headers)).status_code == 204
    assert len(received) == 1


async def test_old_and_new_token_both_verify_during_rotation() -> None:
    received: list[WebhookEvent] = []
    app = _app(received, tokens=lambda: ["old", "new"])
    for token in ("old", "new"):
        assert (await _post(app, *_signed(DELIVERY, token=token))).status_code == 204
    assert len(received) == 2


async def test_without_tokens_unsigned_deliveries_are_accepted() -> None:
    received: list[WebhookEvent] = []
    assert (await _post(_app(received), json.dumps(DELIVERY).encode())).status_code == 204
    assert len(received) == 1


async def test_handler_failure_is_a_500_so_katana_delivers_again() -> None:
    async def handler(event: WebhookEvent) -> None:
        raise RuntimeError("database down")

    app = FastAPI()
    app.include_router(katana_webhook_router(handler, tokens=TOKEN))
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    body, headers = _signed(DELIVERY)
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as http:
        response = await http.post("/katana/webhooks", content=body, headers=headers)
    assert response.status_code == 500


def test_signature_check_accepts_a_sha256_prefix_and_rejects_garbage() -> None:
    body = b"{}"
    good = sign_webhook_body(body, TOKEN)
    assert verify_webhook_signature(body, f"sha256={good}", TOKEN)
    assert verify_webhook_signature(body, good.upper(), TOKEN)
    assert not verify_webhook_signature(body, "zz-not-hex", TOKEN)
    assert not verify_webhook_signature(body, None, TOKEN)


def test_event_names_are_the_62_of_the_specs_create_webhook_dto() -> None:
    schema = load_spec().document["components"]["schemas"]["CreateWebhookDto"]
    names = schema["properties"]["subscribed_events"]["items"]["enum"]
    assert len(names) == 62
    assert {member.value for member in WebhookEventName} == set(names)


def test_string_ids_and_missing_webhook_id_are_tolerated() -> None:
    event = parse_webhook_event(
        json.dumps(
            {
                "resource_type": "product",
                "action": "updated",
                "webhook_id": "9",
                "object": {"id": "abc"},
            }
        )
    )
    assert (event.webhook_id, event.object.id, event.object.status) == (9, "abc", None)
