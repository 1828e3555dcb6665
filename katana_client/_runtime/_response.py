"""From `httpx.Response` to a typed `Response`, or to a `KatanaAPIError`.

Katana's status codes do not match its documents: it sends 200 where 204 is documented
and the reverse, and proxies in front of it send 520 and 499. So success is "any 2xx"
(parse a body if there is one) and failure is "anything else", decided in one place,
`raise_for_status`, which raises the `KatanaAPIError` subclass for the status
(`katana_client._errors` holds the hierarchy).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from katana_client._errors import (
    KatanaAPIError,
    KatanaJSONDepthError,
    KatanaResponseShapeError,
    _cut,
    _ShapeMismatch,
    api_error_from_response,
    error_url,
)

from ._exchange import exchange_of
from ._json import MAX_JSON_DEPTH, loads
from ._readers import _OPERATION
from ._typed import collector_paused, decode_body
from ._types import Response

__all__ = ["KatanaAPIError", "build_response", "not_json", "raise_for_status"]

T = TypeVar("T")


def raise_for_status(response: httpx.Response) -> None:
    """Raise the `KatanaAPIError` subclass for the status unless it is 2xx.

    404 raises `KatanaNotFoundError`, 422 `KatanaValidationError` (with `details`), 429
    `KatanaRateLimitError` (with `retry_after`), 5xx `KatanaServerError`, and so on;
    a status without a class of its own raises `KatanaAPIError` itself.

    Reads Katana's `{statusCode, name, message}` body, also when it arrives nested under
    an `error` key (reported for some 422 responses). Never fails on an odd body or an
    unregistered status code: the error itself must always be raisable.
    """
    status = response.status_code
    if 200 <= status < 300:
        return
    content = response.content
    try:
        body: Any = loads(content) if content.strip() else None
    except ValueError:  # not JSON (an HTML page from a proxy, say)
        body = None
    exchange = exchange_of(response)
    raise api_error_from_response(
        response, body=body, attempts=exchange.attempts, outcome_unknown=exchange.outcome_unknown
    )


def build_response(  # noqa: C901 - one path, its failures named one by one
    response: httpx.Response, parse: Callable[[Any], T] | None, operation: str = ""
) -> Response[T]:
    """Check the status, then decode and parse the body of a 2xx response.

    `parse` turns decoded JSON into the operation's result; with `parse=None` (an
    operation documented without a body, and no model to read one with) `parsed` is
    the decoded JSON itself, since Katana sometimes sends a body anyway. An empty or
    non-JSON body gives `parsed=None`; the raw bytes stay in `content` (`not_json`
    says what is wrong with them, and `send` raises with it where a body is documented).

    A 404 to a DELETE that the retry layer repeated after an attempt that may have
    reached Katana is a success (`parsed` None): the record is gone, deleted by that
    attempt unless it was gone before.

    Raises:
        KatanaAPIError: The status is not 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` levels;
            the request itself succeeded (a create has been applied).
        KatanaResponseShapeError: `parse` has no reading of the JSON (see there); the
            request itself succeeded.
    """
    if response.status_code == 404 and exchange_of(response).gone:
        # What a repeated DELETE answers once an earlier attempt deleted the record.
        return Response(404, response.content, response.headers, None)
    raise_for_status(response)
    content = response.content
    parsed: Any = None
    # The retry layer decodes 2xx JSON bodies already (a body that does not decode is
    # worth another attempt); it leaves the result in the call's exchange so that it is
    # decoded once. Taken, not read: the parser converts it in place.
    decoded = exchange_of(response).take_decoded()
    token = _OPERATION.set(operation)  # names the operation in what reading logs and raises
    try:
        if decoded is None and content and not content.isspace():
            try:
                decoded = decode_body(parse, content)
            except KatanaJSONDepthError:
                raise
            except ValueError:
                decoded = None
        if decoded is not None:
            data, done = decoded  # done: the typed decoder read it (`_typed`)
            if done:
                parsed = data
            elif data is not None and parse is not None:  # JSON null: nothing
                with collector_paused(len(content)):
                    parsed = parse(data)
            else:
                parsed = data
    except (KatanaJSONDepthError, RecursionError):
        # RecursionError: a model that nests itself (Variant.product_or_material.variants)
        # read from a body within the cap while the caller's own stack is deep.
        request = response.request
        raise KatanaJSONDepthError(
            f"{request.method} {error_url(request)} returned {response.status_code} with a "
            f"JSON body nested deeper than {MAX_JSON_DEPTH} levels (Katana's nest fewer than "
            f"10), which is not read. {_succeeded(request)}. A body like this comes from a "
            "proxy or server other than Katana; check the client's base URL.",
            max_depth=MAX_JSON_DEPTH,
            status_code=response.status_code,
        ) from None
    except _ShapeMismatch as mismatch:
        request = response.request
        error = KatanaResponseShapeError(
            f"{request.method} {error_url(request)} returned {response.status_code} with "
            f"{mismatch}. {_succeeded(request)}; the body is in `content`.",
            operation=operation,
            status_code=response.status_code,
            content=content,
        )
        error.response = response
        raise error from None
    except KatanaResponseShapeError as error:  # an object in the body was at fault
        _attach(error, response, content)
        raise
    finally:
        _OPERATION.reset(token)
    return Response(
        status_code=response.status_code,
        content=content,
        headers=response.headers,
        parsed=parsed,
    )


def not_json(content: bytes) -> str | None:
    """Why a 2xx body that gave `parsed=None` is not JSON, for an error's text; None
    when the body is empty or is JSON after all (`null`).

    The text names the body's size and the decoder's complaint (cut to 200 characters),
    never the body itself.
    """
    if not content.strip():
        return None
    try:
        loads(content)
    except KatanaJSONDepthError:  # JSON, too deep to read: build_response says so
        return None
    except ValueError as exc:  # UnicodeDecodeError too
        reason = _cut(str(exc) or type(exc).__name__, _MAX_REASON)
        return f"the body is not JSON and may have been cut short ({len(content)} bytes; {reason})"
    return None


_MAX_REASON = 200


def _attach(error: KatanaResponseShapeError, response: httpx.Response, content: bytes) -> None:
    """Give a shape error raised while reading the response it came from; a status and
    body it already names are kept."""
    error.response = response
    if error.status_code is None:
        error.status_code, error.content = response.status_code, content


def _succeeded(request: httpx.Request) -> str:
    """What the caller may do after a success whose body is unreadable."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return "The request only reads, so asking again is safe"
    return (
        "The request itself succeeded: a create or update has been applied, so do not "
        "simply send it again"
    )
