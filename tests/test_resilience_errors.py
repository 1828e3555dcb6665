"""Typed errors: one class per status Katana sends, with what a caller needs to act."""

from __future__ import annotations

import json
import pickle

import httpx
import pytest

from katana_client import (
    KatanaAPIError,
    KatanaAuthenticationError,
    KatanaAuthError,
    KatanaBadRequestError,
    KatanaClient,
    KatanaConflictError,
    KatanaConnectionError,
    KatanaError,
    KatanaForbiddenError,
    KatanaNotFoundError,
    KatanaPreconditionFailedError,
    KatanaRateLimitError,
    KatanaServerError,
    KatanaTimeoutError,
    KatanaTransportError,
    KatanaUnauthorizedError,
    KatanaValidationError,
    ValidationDetail,
)
from katana_client._errors import parse_retry_after
from katana_client._runtime import raise_for_status
from katana_client.testing import MissingReference
from katana_client.webhooks import WebhookError


def respond(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
    request = httpx.Request("POST", "https://api.katanamrp.com/v1/sales_orders?email=a@b.c")
    raise_for_status(httpx.Response(status, content=body, headers=headers, request=request))


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, KatanaBadRequestError),
        (401, KatanaUnauthorizedError),
        (403, KatanaForbiddenError),
        (404, KatanaNotFoundError),
        (409, KatanaConflictError),
        (412, KatanaPreconditionFailedError),
        (422, KatanaValidationError),
        (429, KatanaRateLimitError),
        (500, KatanaServerError),
        (503, KatanaServerError),
        (520, KatanaServerError),
        (418, KatanaAPIError),
        (499, KatanaAPIError),
    ],
)
def test_each_status_raises_its_own_class(status: int, cls: type[KatanaAPIError]) -> None:
    with pytest.raises(KatanaAPIError) as caught:
        respond(status, b'{"name": "SomeError", "message": "nope"}')
    error = caught.value
    assert type(error) is cls
    assert (error.status_code, error.method, error.name, error.message) == (
        status,
        "POST",
        "SomeError",
        "nope",
    )
    assert error.url == "https://api.katanamrp.com/v1/sales_orders"
    assert "a@b.c" not in str(error)


@pytest.mark.parametrize("field", ["name", "message"])
def test_a_huge_name_or_message_is_quoted_cut_short_and_kept_whole(field: str) -> None:
    # 20 MiB in Katana's message must not become 20 MiB in every log line of the error.
    huge = "x" * (20 * 1024 * 1024)
    with pytest.raises(KatanaAPIError) as caught:
        respond(400, json.dumps({"name": "BadRequestError", "message": "m", field: huge}).encode())
    assert len(str(caught.value)) < 700
    assert str(caught.value).endswith("xx...")
    assert getattr(caught.value, field) == huge


@pytest.mark.parametrize(
    "body",
    [
        {"name": "Bad\nINFO fake log line", "message": "\u001b[2Jcleared"},
        {"message": "ok\r\n\u0085next \u202eevil\u2066 \u200binvisible"},
        "plain\ntext body\u001b]0;title\u0007",
    ],
)
async def test_a_servers_text_cannot_forge_lines_or_escapes_in_the_error(body: object) -> None:
    # Katana's (or a proxy's) name and message go into str(error), which lands in logs
    # and terminals: line breaks, terminal escapes and reordering marks are written as
    # escapes there, and kept as sent in the attributes.
    content = body.encode() if isinstance(body, str) else json.dumps(body).encode()
    transport = httpx.MockTransport(lambda request: httpx.Response(400, content=content))
    async with KatanaClient(
        api_key="bench-key-1", base_url="https://katana.test/v1", transport=transport
    ) as c:
        with pytest.raises(KatanaAPIError) as caught:
            await c.products.get(1)
    text = str(caught.value)
    assert not any(ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F for ch in text), text
    assert not any(ch in text for ch in "\u202e\u2066\u200b\u2028")
    assert "\\n" in text or "\\x1b" in text or "\\u202e" in text
    if isinstance(body, dict):
        assert (caught.value.name or "") + (caught.value.message or "") == "".join(
            str(body.get(key, "")) for key in ("name", "message")
        )


VALIDATION = (
    b'{"statusCode": 422, "name": "UnprocessableEntityError", "message": "invalid",'
    b' "code": "VALIDATION_FAILED", "details": [{"path": ".name", "code": "maxLength",'
    b' "message": "too long", "info": {"limit": 10}}, "junk"]}'
)


def test_422_parses_validation_details() -> None:
    with pytest.raises(KatanaValidationError) as caught:
        respond(422, VALIDATION)
    assert caught.value.code == "VALIDATION_FAILED"
    assert caught.value.details == [
        ValidationDetail(path=".name", code="maxLength", message="too long", info={"limit": 10})
    ]


def test_422_details_are_read_also_when_nested_under_error() -> None:
    with pytest.raises(KatanaValidationError) as caught:
        respond(422, b'{"error": ' + VALIDATION + b"}")
    assert caught.value.name == "UnprocessableEntityError"
    assert [d.path for d in caught.value.details] == [".name"]


def test_422_with_an_odd_body_still_raises_with_no_details() -> None:
    with pytest.raises(KatanaValidationError) as caught:
        respond(422, b'{"details": "oops"}')
    assert caught.value.details == []


@pytest.mark.parametrize(
    ("header", "expected"), [("5", 5.0), ("1.5", 1.5), (None, None), ("soon", None)]
)
def test_429_carries_retry_after(header: str | None, expected: float | None) -> None:
    headers = {"Retry-After": header} if header is not None else {}
    with pytest.raises(KatanaRateLimitError) as caught:
        respond(429, b'{"name": "TooManyRequests"}', headers)
    assert caught.value.retry_after == expected


def test_retry_after_reads_http_dates_against_now() -> None:
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:40 GMT", now=1_700_000_000.0) == 20.0
    assert parse_retry_after("Tue, 14 Nov 2023 22:13:00 GMT", now=1_700_000_000.0) == 0.0


def test_every_error_is_a_katana_error_and_survives_pickling() -> None:
    with pytest.raises(KatanaValidationError) as caught:
        respond(422, VALIDATION)
    copy = pickle.loads(pickle.dumps(caught.value))
    assert isinstance(copy, KatanaValidationError)
    assert isinstance(copy, KatanaError)
    assert copy.details == caught.value.details
    assert str(copy) == str(caught.value)


@pytest.mark.parametrize(
    "error",
    [WebhookError(401, "bad signature"), MissingReference(".customer_id", "no customer 7")],
    ids=lambda error: type(error).__name__,
)
def test_errors_with_two_fields_survive_pickling(error: Exception) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert (str(copy), vars(copy)) == (str(error), vars(error))


def test_transport_errors_are_katana_and_httpx_errors() -> None:
    error = KatanaTimeoutError(
        "timed out reading the response",
        method="POST",
        url="https://x/v1/sales_orders",
        operation="createSalesOrder",
        outcome_unknown=True,
    )
    assert isinstance(error, KatanaTransportError)
    assert isinstance(error, KatanaError)
    assert isinstance(error, httpx.TimeoutException)
    assert issubclass(KatanaConnectionError, httpx.TransportError)
    assert "createSalesOrder is not repeat-safe" in str(error)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.operation, copy.outcome_unknown, str(copy)) == (
        "createSalesOrder",
        True,
        str(error),
    )


def test_every_refused_credential_is_a_katana_auth_error() -> None:
    assert issubclass(KatanaUnauthorizedError, KatanaAuthError)
    assert issubclass(KatanaUnauthorizedError, KatanaAPIError)
    assert issubclass(KatanaAuthenticationError, KatanaAuthError)
