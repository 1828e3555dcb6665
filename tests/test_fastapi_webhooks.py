"""The webhook receiver: signed deliveries become typed events; anything else is a 4xx."""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from servers.leakcheck import find_leaks, make_secret, render_exception

from katana_client import KatanaConfigError
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
    assert event.action is WebhookEventName.SALES_ORDER_CREATED
    assert event.is_known
    assert (event.resource_type, event.webhook_id, event.retry_num) == ("sales_order", 17, 0)
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
    assert received[0].action == "teleporter.beamed"
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


# --- Hostile and malformed bodies: a 400 with a short reason, the handler never called -----


def _nested(depth: int) -> dict[str, Any]:
    inner: Any = 1
    for level in range(depth - 2):  # the delivery itself and its `object` are two levels
        inner = [inner] if level % 2 else {"x": inner}
    return {**DELIVERY, "object": {"id": 42, "extra": inner}}


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 100_000 + b"]" * 100_000,
        b'{"object": ' * 50_000 + b"1" + b"}" * 50_000,
        json.dumps(_nested(33)).encode(),
        b'{"resource_type": "sales_order", "webhook_id": ' + b"9" * 5000 + b"}",
        b'{"resource_type": "sales_order", "webhook_id": 1e1000000000000000000}',
        b'{"resource_type": "sales_order", "action": "created\xff\xfe"}',
        json.dumps(DELIVERY).encode("utf-16"),
        b"",
    ],
    ids=[
        "deep-arrays",
        "deep-objects",
        "one-level-too-deep",
        "5000-digit-number",
        "exponent-beyond-decimal",
        "invalid-utf8",
        "utf16",
        "empty",
    ],
)
async def test_hostile_or_malformed_body_is_a_400_with_a_short_reason(
    body: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[WebhookEvent] = []
    headers = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}
    response = await _post(_app(received, tokens=TOKEN), body, headers)
    assert response.status_code == 400
    assert received == []
    reason = response.json()["detail"]
    assert reason.startswith("The webhook body ")
    assert len(reason) < 80
    assert caplog.records == []


async def test_nesting_up_to_32_levels_is_a_delivery() -> None:
    received: list[WebhookEvent] = []
    response = await _post(_app(received, tokens=TOKEN), *_signed(_nested(32)))
    assert response.status_code == 204
    assert len(received) == 1


async def test_brackets_inside_strings_are_not_nesting() -> None:
    received: list[WebhookEvent] = []
    payload = {**DELIVERY, "object": {"id": 1, "status": "[{" * 1000 + '\\"'}}
    assert (await _post(_app(received, tokens=TOKEN), *_signed(payload))).status_code == 204
    assert received[0].object.status == "[{" * 1000 + '\\"'


@pytest.mark.parametrize(
    "payload",
    [
        {**DELIVERY, "resource_type": "x" * 101},
        {**DELIVERY, "action": ["created"]},
        {**DELIVERY, "resource_type": 5},
        "sales_order.created",
        7,
    ],
    ids=["overlong-name", "action-a-list", "resource-type-a-number", "a-string", "a-number"],
)
async def test_wrong_types_and_overlong_names_are_a_422(payload: Any) -> None:
    received: list[WebhookEvent] = []
    response = await _post(_app(received, tokens=TOKEN), *_signed(payload))
    assert response.status_code == 422
    assert received == []
    assert len(response.json()["detail"]) < 80


@pytest.mark.parametrize("value", ["²", "9" * 5000, 10**30, True, -(2**64), "12a"])
async def test_ids_that_are_no_64_bit_number_are_read_as_none(value: Any) -> None:
    received: list[WebhookEvent] = []
    payload = {**DELIVERY, "webhook_id": value, "object": {"id": value, "status": "DONE"}}
    if isinstance(value, str):
        payload["object"] = {"id": 3, "status": "DONE"}  # string object ids are kept as sent
    assert (await _post(_app(received, tokens=TOKEN), *_signed(payload))).status_code == 204
    assert received[0].webhook_id is None
    assert received[0].object.id == (3 if isinstance(value, str) else None)


@pytest.mark.parametrize(
    "body", [b"[" * 100_000, json.dumps(_nested(40)).encode(), b"\xff" * 10, b"{" + b"9" * 5000]
)
async def test_the_signature_is_checked_before_the_body_is_parsed(body: bytes) -> None:
    headers = {"X-Sha2-Signature": sign_webhook_body(body, "not-the-token")}
    response = await _post(_app([], tokens=TOKEN), body, headers)
    assert response.status_code == 401


async def test_action_given_as_the_full_event_name_is_read_as_the_event() -> None:
    # Katana's webhook page documents `action` as the full name ("sales_order.created").
    received: list[WebhookEvent] = []
    payload = {**DELIVERY, "action": "sales_order.delivered"}
    assert (await _post(_app(received, tokens=TOKEN), *_signed(payload))).status_code == 204
    assert received[0].action is WebhookEventName.SALES_ORDER_DELIVERED
    assert received[0].is_known


async def test_a_full_event_name_in_action_wins_over_resource_type() -> None:
    received: list[WebhookEvent] = []
    payload = {**DELIVERY, "resource_type": "sales_order", "action": "sales_order_row.created"}
    assert (await _post(_app(received, tokens=TOKEN), *_signed(payload))).status_code == 204
    assert (received[0].resource_type, received[0].action) == (
        "sales_order",
        "sales_order_row.created",
    )


# --- Empty secrets: refused at configuration, never verified against -------------------------


@pytest.mark.parametrize(
    "tokens",
    ["", "  ", b"", [""], [b""], ["good-token", ""], ("good-token", "\n"), [], ()],
    ids=repr,
)
def test_an_empty_token_is_refused_when_the_router_is_made(tokens: Any) -> None:
    with pytest.raises(KatanaConfigError, match=r"(empty or blank token|holds no token)") as info:
        katana_webhook_router(_ignore, tokens=tokens)
    assert "tokens=None" in str(info.value)  # says how to fix it


@pytest.mark.parametrize("tokens", [5, [TOKEN, 5], [TOKEN, None]], ids=repr)
def test_a_token_that_is_not_text_is_refused_when_the_router_is_made(tokens: Any) -> None:
    with pytest.raises(KatanaConfigError, match="str or bytes") as info:
        katana_webhook_router(_ignore, tokens=tokens)
    assert TOKEN not in render_exception(info.value)


def test_an_async_token_callable_is_refused_when_the_router_is_made() -> None:
    async def tokens() -> str:
        return TOKEN

    with pytest.raises(KatanaConfigError, match="not an async one"):
        katana_webhook_router(_ignore, tokens=tokens)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["", None, [""], [TOKEN, " "], b"", 42], ids=repr)
async def test_a_token_callable_returning_nothing_usable_refuses_deliveries_with_503(
    value: Any, caplog: pytest.LogCaptureFixture
) -> None:
    received: list[WebhookEvent] = []
    app = _app(received, tokens=lambda: value)
    # Signed with the empty key: what anyone can do when an empty token is accepted.
    body = json.dumps(DELIVERY).encode()
    forged = hmac.new(b"", body, hashlib.sha256).hexdigest()
    for _ in range(3):
        response = await _post(app, body, {"X-Sha2-Signature": forged})
        assert response.status_code == 503
        assert response.json() == {"detail": "Webhook signatures cannot be checked now"}
    assert received == []
    (logged,) = [r for r in caplog.records if r.name == "katana_client.fastapi"]
    assert logged.levelname == "ERROR"
    assert "503" in logged.getMessage()


async def test_a_failing_token_callable_is_a_503_logged_without_its_message(
    caplog: pytest.LogCaptureFixture,
) -> None:
    secret = make_secret("webhook")

    def tokens() -> str:
        raise LookupError(f"vault answered with {secret}")

    response = await _post(_app([], tokens=tokens), *_signed(DELIVERY))
    assert response.status_code == 503
    assert "LookupError" in caplog.text
    assert not find_leaks([caplog.text, response.text])


async def test_deliveries_are_accepted_again_once_the_token_callable_recovers(
    caplog: pytest.LogCaptureFixture,
) -> None:
    current: list[str] = []
    received: list[WebhookEvent] = []
    app = _app(received, tokens=lambda: current)
    assert (await _post(app, *_signed(DELIVERY))).status_code == 503
    current.append(TOKEN)
    assert (await _post(app, *_signed(DELIVERY))).status_code == 204
    current[0] = ""
    assert (await _post(app, *_signed(DELIVERY))).status_code == 503
    assert len(received) == 1
    # Logged once per episode: two episodes, two records.
    assert len([r for r in caplog.records if r.name == "katana_client.fastapi"]) == 2


async def test_a_bytes_token_verifies_like_its_text() -> None:
    received: list[WebhookEvent] = []
    app = _app(received, tokens=[b"old-token", TOKEN.encode()])
    assert (await _post(app, *_signed(DELIVERY))).status_code == 204
    assert len(received) == 1


def test_the_signature_functions_refuse_an_empty_token() -> None:
    body = b"{}"
    with pytest.raises(KatanaConfigError):
        verify_webhook_signature(body, hmac.new(b"", body, hashlib.sha256).hexdigest(), "")
    with pytest.raises(KatanaConfigError):
        verify_webhook_signature(body, "00", [TOKEN, ""])
    with pytest.raises(KatanaConfigError):
        sign_webhook_body(body, "")


def test_tokens_never_show_in_the_router_or_its_errors() -> None:
    secret = make_secret("webhook")
    router = katana_webhook_router(_ignore, tokens=[secret])
    (route,) = router.routes
    assert not find_leaks([repr(router), repr(route), str(vars(route))])
    with pytest.raises(KatanaConfigError) as info:
        katana_webhook_router(_ignore, tokens=[secret, ""])
    assert not find_leaks([render_exception(info.value)])


async def _ignore(event: WebhookEvent) -> None:
    pass


def test_a_router_that_checks_no_signature_says_so_when_it_is_made(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # `tokens=os.environ.get("KATANA_WEBHOOK_TOKEN")` with the variable unset would
    # otherwise accept forged deliveries without a word.
    async def handler(event: WebhookEvent) -> None:
        pass

    katana_webhook_router(handler, tokens=TOKEN)
    assert caplog.records == []
    katana_webhook_router(handler, tokens=None)
    (logged,) = caplog.records
    assert (logged.name, logged.levelname) == ("katana_client.fastapi", "WARNING")
    assert "signatures are not checked" in logged.getMessage()
