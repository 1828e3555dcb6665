"""Status handling: any 2xx is success, anything else raises one typed error."""

from __future__ import annotations

import pickle
from decimal import Decimal
from typing import Any

import httpx
import pytest

from katana_client import KatanaError
from katana_client._runtime import KatanaAPIError, build_response, raise_for_status


def make_response(status: int, content: bytes = b"", url: str = "/v1/x") -> httpx.Response:
    request = httpx.Request("POST", f"https://api.katanamrp.com{url}")
    return httpx.Response(status, content=content, request=request)


@pytest.mark.parametrize("status", [200, 201, 204, 299])
def test_every_2xx_is_success(status: int) -> None:
    raise_for_status(make_response(status))


def test_200_body_is_parsed() -> None:
    result = build_response(make_response(200, b'{"q": 1.50}'), lambda data: data["q"])
    assert result.parsed == Decimal("1.50")
    assert result.status_code == 200


@pytest.mark.parametrize("content", [b"", b"  \n"])
def test_empty_body_gives_parsed_none(content: bytes) -> None:
    calls: list[Any] = []
    result = build_response(make_response(200, content), calls.append)
    assert result.parsed is None
    assert calls == []


def test_204_with_a_body_is_parsed_anyway() -> None:
    result = build_response(make_response(204, b'{"id": 1}'), dict)
    assert result.parsed == {"id": 1}


def test_body_without_a_schema_is_returned_decoded() -> None:
    assert build_response(make_response(200, b"[1]"), None).parsed == [1]


def test_non_json_success_body_gives_parsed_none_and_keeps_content() -> None:
    result = build_response(make_response(200, b"OK"), dict)
    assert result.parsed is None
    assert result.content == b"OK"


def test_status_code_is_a_plain_int() -> None:
    assert type(build_response(make_response(200), None).status_code) is int


@pytest.mark.parametrize("status", [400, 401, 404, 412, 422, 429, 499, 500, 520])
def test_non_2xx_raises_katana_api_error(status: int) -> None:
    with pytest.raises(KatanaAPIError) as caught:
        build_response(make_response(status), None)
    assert caught.value.status_code == status


def test_error_reads_katanas_name_and_message() -> None:
    body = b'{"statusCode": 404, "name": "NotFoundError", "message": "Not found"}'
    with pytest.raises(KatanaAPIError) as caught:
        raise_for_status(make_response(404, body))
    error = caught.value
    assert (error.name, error.message) == ("NotFoundError", "Not found")
    assert error.method == "POST"
    assert "NotFoundError: Not found" in str(error)


def test_error_reads_422_nested_under_error_key() -> None:
    body = b'{"error": {"name": "UnprocessableEntityError", "message": "bad", "details": []}}'
    with pytest.raises(KatanaAPIError) as caught:
        raise_for_status(make_response(422, body))
    assert caught.value.name == "UnprocessableEntityError"
    assert caught.value.body == {"error": {**caught.value.body["error"]}}


def test_error_with_html_body_still_raises() -> None:
    with pytest.raises(KatanaAPIError, match="520: <html>"):
        raise_for_status(make_response(520, b"<html>Cloudflare</html>"))


def test_error_url_drops_the_query_string() -> None:
    with pytest.raises(KatanaAPIError) as caught:
        raise_for_status(make_response(500, url="/v1/customers?email=a@b.c"))
    assert caught.value.url == "https://api.katanamrp.com/v1/customers"
    assert "a@b.c" not in str(caught.value)


def test_error_is_a_katana_error() -> None:
    assert issubclass(KatanaAPIError, KatanaError)


def test_error_survives_pickling() -> None:
    with pytest.raises(KatanaAPIError) as caught:
        raise_for_status(make_response(429, b'{"name": "TooManyRequests"}'))
    copy = pickle.loads(pickle.dumps(caught.value))
    assert copy.status_code == 429
    assert str(copy) == str(caught.value)
