"""From `httpx.Response` to a typed `Response`, or to a `KatanaAPIError`.

Katana's status codes do not match its documents: it sends 200 where 204 is documented
and the reverse, and proxies in front of it send 520 and 499. So success is "any 2xx"
(parse a body if there is one) and failure is "anything else", decided in one place,
`raise_for_status`, which a richer error hierarchy can later replace.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import httpx

from katana_client._errors import KatanaError

from ._json import loads
from ._types import Response

__all__ = ["KatanaAPIError", "build_response", "raise_for_status"]

T = TypeVar("T")

# Error bodies can be large HTML pages from a proxy; the message only needs a taste.
_MAX_MESSAGE_BODY = 200


class KatanaAPIError(KatanaError):
    """Katana answered with a status other than 2xx.

    Attributes:
        status_code: The HTTP status, any integer (Katana's proxies send 520 and 499).
        method: The request method, e.g. "POST".
        url: The request URL without its query string, which may carry filters with
            customer data; never the API key, which travels in a header.
        name: Katana's error name ("NotFoundError", "UnprocessableEntityError", ...)
            when the body is Katana's JSON error, else None.
        message: Katana's human-readable message when present, else None.
        body: The decoded JSON body (the 422 `details` live here), or None.
        content: The raw response body.
        headers: The response headers (`Retry-After` on 429, rate-limit headers).
    """

    def __init__(
        self,
        *,
        status_code: int,
        method: str,
        url: str,
        name: str | None,
        message: str | None,
        body: Any,
        content: bytes,
        headers: httpx.Headers,
    ) -> None:
        """Store the details; see the class docstring for the fields."""
        self.status_code = status_code
        self.method = method
        self.url = url
        self.name = name
        self.message = message
        self.body = body
        self.content = content
        self.headers = headers
        super().__init__(self._describe())

    def _describe(self) -> str:
        what = ": ".join(part for part in (self.name, self.message) if part)
        if not what and self.content:
            what = self.content[:_MAX_MESSAGE_BODY].decode("utf-8", "replace")
        text = f"{self.method} {self.url} returned {self.status_code}"
        return f"{text}: {what}" if what else text

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__: pickle (used by multiprocessing, some task queues) must
        # rebuild the error from its fields rather than from `args`.
        return (_rebuild, (self.__class__, self.__dict__.copy()))


def _rebuild(cls: type[KatanaAPIError], state: dict[str, Any]) -> KatanaAPIError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._describe())
    return error


def raise_for_status(response: httpx.Response) -> None:
    """Raise `KatanaAPIError` unless the status is 2xx.

    Reads Katana's `{statusCode, name, message}` body, also when it arrives nested under
    an `error` key (reported for some 422 responses). Never fails on an odd body or an
    unregistered status code: the error itself must always be raisable.
    """
    status = response.status_code
    if 200 <= status < 300:
        return
    content = response.content
    body: Any = None
    try:
        body = loads(content) if content.strip() else None
    except ValueError:  # not JSON (an HTML page from a proxy, say)
        body = None
    details = body.get("error", body) if isinstance(body, dict) else None
    if not isinstance(details, dict):
        details = body if isinstance(body, dict) else {}
    request = response.request
    raise KatanaAPIError(
        status_code=status,
        method=request.method,
        url=str(request.url.copy_with(query=None, fragment=None)),
        name=_text(details.get("name")),
        message=_text(details.get("message")),
        body=body,
        content=content,
        headers=response.headers,
    )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def build_response(response: httpx.Response, parse: Callable[[Any], T] | None) -> Response[T]:
    """Check the status, then decode and parse the body of a 2xx response.

    `parse` turns decoded JSON into the operation's model; with `parse=None` (an
    operation documented without a body) `parsed` is the decoded JSON itself, since
    Katana sometimes sends a body anyway. An empty or non-JSON body gives `parsed=None`;
    the raw bytes stay in `content`.

    Raises:
        KatanaAPIError: The status is not 2xx.
    """
    raise_for_status(response)
    content = response.content
    parsed: Any = None
    if content and not content.isspace():
        try:
            data = loads(content)
        except ValueError:
            data = None
        else:
            parsed = data if parse is None else parse(data)
    return Response(
        status_code=response.status_code,
        content=content,
        headers=response.headers,
        parsed=parsed,
    )
