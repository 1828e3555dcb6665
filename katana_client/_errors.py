"""The exceptions of katana-client, in one place; its packages re-export their own from here.

Every exception the package raises on purpose derives from `KatanaError`, so an
application can catch the SDK's failures in one place without catching its own. The
only exceptions are those of `katana_client.testing`, which report the code under test.
"""

from __future__ import annotations

import datetime
import re
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Final

import httpx
from attrs import frozen

if TYPE_CHECKING:
    from ._runtime import Response


class KatanaError(Exception):
    """Base class of all errors raised by katana-client."""


class KatanaConfigError(KatanaError, ValueError):
    """The client was configured with a missing or invalid setting.

    Raised at construction time, before any request is made, so that a bad deployment
    fails on start-up rather than on its first call to Katana.
    """


class KatanaClientClosedError(KatanaError, RuntimeError):
    """The client was used after `aclose()` (or after leaving its `async with` block)."""


# --- Authentication ---------------------------------------------------------------------
# None of these messages ever contains a key or token: they name where a credential came
# from and what to check, because exception text ends up in logs and error trackers.


class KatanaAuthError(KatanaError):
    """Base class of the errors raised while obtaining or using credentials."""


class KatanaAuthenticationError(KatanaAuthError):
    """Katana refused the credentials (HTTP 401) even after a fresh token was fetched.

    Attributes:
        status_code: Always 401.
        source: Where the rejected token came from, e.g. "environment variable
            KATANA_API_KEY".
    """

    status_code = 401

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class KatanaInsecureTransportError(KatanaAuthError):
    """A token was about to be sent over plain http to a host that is not loopback."""


class KatanaTokenProviderError(KatanaAuthError):
    """A token provider could not produce a token (store unreachable, command failed...).

    Attributes:
        source: A description of the provider, e.g. "AWS Secrets Manager secret 'prod/katana'".
    """

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class KatanaTokenNotFoundError(KatanaTokenProviderError):
    """A token provider looked and found no token there (variable unset, file missing).

    A `ChainTokenProvider` moves on to its next provider on this error only; any other
    `KatanaTokenProviderError` means the source exists but is broken, and is raised.

    Attributes:
        reason: What was found instead of a token, e.g. "not set".
        hint: How to put a token there.
    """

    def __init__(self, *, source: str, reason: str, hint: str) -> None:
        super().__init__(f"No Katana API key in {source}: {reason}. {hint}", source=source)
        self.reason = reason
        self.hint = hint


class KatanaTokenStoreError(KatanaAuthError):
    """An OAuth token store failed to load or save tokens."""


class KatanaOAuthError(KatanaAuthError):
    """The OAuth authorization server refused a request or could not be reached.

    Attributes:
        error: The OAuth error code (e.g. "invalid_client"), or None when the server
            sent none.
    """

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error


class KatanaReauthorizationRequiredError(KatanaOAuthError):
    """The app holds no usable refresh token: the user must authorize it again.

    Raised when Katana refuses a refresh token (`invalid_grant`), when the store holds
    no tokens, and when a refresh failed after it may have reached the server. Katana's
    refresh tokens rotate and a reused one revokes the whole grant, so a refresh is
    never retried with the same token: send the user through the authorization URL again.
    """


class KatanaInsecureSecretFileWarning(UserWarning):
    """A secret file can be read by users other than its owner (group or others)."""


# --- API and transport errors -----------------------------------------------------------
# Katana's statuses map to one class each so that callers catch what they can act on
# (`except KatanaNotFoundError`) instead of comparing status codes. Every class keeps the
# fields of `KatanaAPIError`; subclasses only add what their status carries.

# Error bodies can be large HTML pages from a proxy; the message only needs a taste.
_MAX_MESSAGE_BODY = 200
# Katana's name and message are quoted up to this many characters: a 20 MiB "message"
# would otherwise be printed whole by every log line and traceback of the error.
_MAX_QUOTED = 500
# What a credential quoted by a response becomes in an error's text.
_REDACTED = "[redacted]"

_NOT_RETRIED_NOTE = (
    "not retried: {what} is not repeat-safe and Katana may already have acted on it; "
    "check whether it took effect before sending it again"
)


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
        attempts: How many times the request was sent before this answer was final.
        outcome_unknown: True when the status says Katana may have acted (a 5xx or 408)
            on a request that is not repeat-safe (a create), which was therefore not
            retried: look before sending it again, or it may be created twice.

    The error's text quotes `name` and `message` (cut at 500 characters), or else the
    start of `content` (200 bytes). A gateway or debug page may echo the request's
    `Authorization` header, so the credential it carried is replaced by "[redacted]" in
    `name`, `message` and the text (`str`, `repr`, tracebacks); `body` and `content`
    are kept as received.
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
        attempts: int = 1,
        outcome_unknown: bool = False,
        secrets: Iterable[str] = (),
    ) -> None:
        """Store the details; see the class docstring for the fields.

        `secrets`: the credentials the request carried (its `Authorization` token),
        masked in `name`, `message` and the error's text, and not kept.
        """
        masked = [secret for secret in secrets if secret]
        self.status_code = status_code
        self.method = method
        self.url = url
        self.name = _redact(name, masked)
        self.message = _redact(message, masked)
        self.body = body
        self.content = content
        self.headers = headers
        self.attempts = attempts
        self.outcome_unknown = outcome_unknown
        # The start of the body, quoted when Katana's name and message are absent; cut
        # after masking, so that a credential across the cut is masked whole.
        self._excerpt = ""
        if not (self.name or self.message) and content:
            head = content
            for secret in masked:
                head = head.replace(secret.encode(), _REDACTED.encode())
            self._excerpt = head[:_MAX_MESSAGE_BODY].decode("utf-8", "replace")
        super().__init__(self._describe())

    def _describe(self) -> str:
        what = ": ".join(part for part in (self.name, self.message) if part)
        # getattr: errors pickled by an older version lack the newer fields. Only the text
        # is cut: `name` and `message` keep the whole of it.
        what = _printable(_cut(what or getattr(self, "_excerpt", ""), _MAX_QUOTED))
        text = f"{self.method} {self.url} returned {self.status_code}"
        text = f"{text}: {what}" if what else text
        if getattr(self, "attempts", 1) > 1:
            text += f" (after {self.attempts} attempts)"
        if getattr(self, "outcome_unknown", False):
            text += "; " + _NOT_RETRIED_NOTE.format(what=self.method)
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only __init__: pickle (used by multiprocessing, some task queues) must
        # rebuild the error from its fields rather than from `args`.
        return (_rebuild, (self.__class__, self.__dict__.copy()))


def _rebuild(cls: type[Exception], state: dict[str, Any]) -> Any:
    error: Any = cls.__new__(cls)
    error.__dict__.update(state)
    Exception.__init__(error, error._describe())
    return error


class KatanaBadRequestError(KatanaAPIError):
    """400: Katana could not read the request (undocumented, but sent by its gateway)."""


class KatanaUnauthorizedError(KatanaAPIError, KatanaAuthError):
    """401: the API key is missing, wrong or revoked.

    Raised when a 401 reaches the endpoint (a client without token renewal). With
    renewal, a key Katana still refuses after a fresh fetch raises
    `KatanaAuthenticationError`; both are `KatanaAuthError`, so one `except` catches
    every refused credential.
    """


class KatanaForbiddenError(KatanaAPIError):
    """403: the key is valid but may not do this."""


class KatanaNotFoundError(KatanaAPIError):
    """404: no such resource (on a repeated DELETE: it is already gone)."""


class KatanaConflictError(KatanaAPIError):
    """409: the request conflicts with the resource's current state."""


class KatanaPreconditionFailedError(KatanaAPIError):
    """412: sent by some DELETEs (undocumented), e.g. when the record is still in use."""


@frozen
class ValidationDetail:
    """One entry of a 422 body's `details`: which field failed which rule.

    Attributes:
        path: The field, as Katana writes it (".name", ".rows[0].quantity").
        code: The failed rule ("maxLength", "required", ...), or None.
        message: Katana's text for this field, or None.
        info: Extra facts about the rule, e.g. `{"limit": 10}`.
    """

    path: str | None
    code: str | None
    message: str | None
    info: dict[str, Any]


class KatanaValidationError(KatanaAPIError):
    """422: Katana rejected the body's values; `details` says which fields and why.

    Attributes:
        code: Katana's error code, normally "VALIDATION_FAILED", or None.
        details: The parsed `details` list, read also when Katana nests the error
            under an `error` key. Entries it cannot read are skipped, never fatal.
    """

    code: str | None
    details: list[ValidationDetail]

    def __init__(self, **fields: Any) -> None:
        """Read `code` and `details` from the body; see `KatanaAPIError` for fields."""
        super().__init__(**fields)
        error = _error_object(self.body)
        self.code = _text(error.get("code"))
        raw = error.get("details")
        self.details = [
            ValidationDetail(
                path=_text(item.get("path")),
                code=_text(item.get("code")),
                message=_text(item.get("message")),
                info=item["info"] if isinstance(item.get("info"), dict) else {},
            )
            for item in (raw if isinstance(raw, list) else [])
            if isinstance(item, dict)
        ]


class KatanaRateLimitError(KatanaAPIError):
    """429: over Katana's rate limit (60 requests per 60 s per key by default).

    Attributes:
        retry_after: Seconds to wait, from the `Retry-After` header (seconds or an HTTP
            date), or None when the header is absent or unreadable.
    """

    retry_after: float | None

    def __init__(self, **fields: Any) -> None:
        """Read `retry_after` from the headers; see `KatanaAPIError` for fields."""
        super().__init__(**fields)
        self.retry_after = parse_retry_after(self.headers.get("Retry-After"))


class KatanaServerError(KatanaAPIError):
    """5xx: Katana or a proxy in front of it failed (520 and other proxy codes too)."""


_ERROR_CLASSES: dict[int, type[KatanaAPIError]] = {
    400: KatanaBadRequestError,
    401: KatanaUnauthorizedError,
    403: KatanaForbiddenError,
    404: KatanaNotFoundError,
    409: KatanaConflictError,
    412: KatanaPreconditionFailedError,
    422: KatanaValidationError,
    429: KatanaRateLimitError,
}


def error_url(request: httpx.Request) -> str:
    """The URL an error shows for `request`: without its query string or fragment, which
    may carry filter values a log should not keep."""
    return str(request.url.copy_with(query=None, fragment=None))


def _request_secrets(request: httpx.Request) -> list[str]:
    """The credentials `request` carried, which an error quoting its response must mask:
    the token of each `Authorization` header (its value after the scheme, "Bearer ",
    or the whole value when it has none), so "Bearer <key>" shows as "Bearer [redacted]"."""
    return [
        value.partition(" ")[2].strip() or value.strip()
        for value in request.headers.get_list("Authorization")
    ]


def _redact(text: str | None, secrets: Iterable[str]) -> str | None:
    """`text` with every one of `secrets` (non-empty strings) replaced by "[redacted]"."""
    if text:
        for secret in secrets:
            text = text.replace(secret, _REDACTED)
    return text


def api_error_from_response(
    response: httpx.Response, *, body: Any, attempts: int = 1, outcome_unknown: bool = False
) -> KatanaAPIError:
    """Build the error for a non-2xx response whose body the caller already decoded.

    The class is the `KatanaAPIError` subclass for the status (the base class if none
    fits); `name` and `message` are read from Katana's error in `body`, with the
    request's credentials masked (`_request_secrets`). `attempts` and
    `outcome_unknown` are what the resilience transport recorded for the call
    (`katana_client._runtime._exchange`).
    """
    request = response.request
    status = response.status_code
    cls = KatanaServerError if 500 <= status <= 599 else _ERROR_CLASSES.get(status, KatanaAPIError)
    error = _error_object(body)
    return cls(
        status_code=status,
        method=request.method,
        url=error_url(request),
        name=_text(error.get("name")),
        message=_text(error.get("message")),
        body=body,
        content=response.content,
        headers=response.headers,
        attempts=attempts,
        outcome_unknown=outcome_unknown,
        secrets=_request_secrets(request),
    )


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Read a `Retry-After` value: delay seconds ("2", "1.5") or an HTTP date.

    Returns seconds from `now` (default: the wall clock), never negative; None when the
    value is absent or unreadable.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        # email.utils (and the email package it loads) costs ~15 ms to import; HTTP
        # dates are rare in Retry-After, so it is imported only when one arrives.
        import email.utils  # noqa: PLC0415 - lazy, see above

        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, ArithmeticError):  # a year of 20 digits
            return None
        if when.tzinfo is None:  # an HTTP date is always GMT
            when = when.replace(tzinfo=datetime.UTC)
        seconds = when.timestamp() - (time.time() if now is None else now)
    if seconds != seconds or seconds == float("inf"):  # NaN, inf
        return None
    return max(0.0, seconds)


def _error_object(body: Any) -> dict[str, Any]:
    # Katana's error, also when nested under "error" (reported for some 422s).
    if not isinstance(body, dict):
        return {}
    nested = body.get("error")
    return nested if isinstance(nested, dict) else body


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


# Characters a server's text may not bring into a message as they are: line breaks
# (a forged log line), C0/C1 controls (terminal escapes), and invisible or reordering
# marks (text that reads other than it is).
_UNPRINTABLE: Final = re.compile("[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2066-\u2069]")


def _printable(text: str) -> str:
    """`text` from a server, with `_UNPRINTABLE` characters written as escapes (`\\n`)."""
    return _UNPRINTABLE.sub(lambda found: found[0].encode("unicode_escape").decode(), text)


def _cut(text: str, limit: int) -> str:
    """`text`, or when it is longer than `limit` its first `limit - 3` characters and "..."."""
    return text if len(text) <= limit else text[: limit - 3] + "..."


class KatanaTransportError(KatanaError, httpx.TransportError):
    """No usable response arrived: the connection failed, broke, or timed out.

    Also an `httpx.TransportError`, so code that catches httpx's errors keeps working.
    The original httpx exception is the `__cause__`.

    Attributes:
        method: The request method.
        url: The request URL without its query string.
        operation: Katana's operationId when known (e.g. "createSalesOrder"), else None.
        attempts: How many times the request was sent.
        request_sent: False only when the failure happened before any byte of the last
            attempt reached Katana (connection refused, connect timeout, pool timeout,
            a proxy that refused the tunnel).
        outcome_unknown: True when Katana may have acted on a request that is not
            repeat-safe, which was therefore not retried: look before sending it again.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        method: str,
        url: str,
        operation: str | None = None,
        attempts: int = 1,
        request_sent: bool = True,
        outcome_unknown: bool = False,
    ) -> None:
        """Store the details; see the class docstring for the fields."""
        self.method = method
        self.url = url
        self.operation = operation
        self.attempts = attempts
        self.request_sent = request_sent
        self.outcome_unknown = outcome_unknown
        self._summary = message
        httpx.TransportError.__init__(self, self._describe(), request=request)

    def _describe(self) -> str:
        plural = "s" if self.attempts != 1 else ""
        text = f"{self.method} {self.url}: {self._summary} (after {self.attempts} attempt{plural})"
        if self.outcome_unknown:
            text += "; " + _NOT_RETRIED_NOTE.format(what=self.operation or self.method)
        return text

    def __reduce__(self) -> tuple[Any, ...]:
        # The request holds headers (the Authorization header among them): not pickled.
        state = {**self.__dict__, "_request": None}
        return (_rebuild, (self.__class__, state))


class KatanaConnectionError(KatanaTransportError):
    """The connection could not be made, was reset, or closed mid-response."""


class KatanaTimeoutError(KatanaTransportError, httpx.TimeoutException):
    """Connecting, sending, reading or waiting for a pooled connection took too long."""


class KatanaResponseTooLargeError(KatanaTransportError):
    """A response body was larger than the client's `max_response_bytes` (32 MiB default).

    The cap counts the body as received and once decoded (1 MiB of gzip can decode to
    gigabytes). Reading stopped at the cap and the connection was closed, so the body
    never filled memory. Katana's pages are far smaller: a larger body comes from a
    wrong base URL, a proxy, or a hostile server. Not retried (the same request would
    get the same body); `outcome_unknown` is True for a request that is not
    repeat-safe, since Katana answered and may have acted on it. Raise the cap with
    `KatanaClient(max_response_bytes=...)` only if such bodies are expected.

    Attributes:
        limit: The cap, in bytes.
        status_code: The status of the response whose body was too large.
    """

    def __init__(self, message: str, *, limit: int, status_code: int, **fields: Any) -> None:
        """Store `limit` and `status_code`; see `KatanaTransportError` for the rest."""
        self.limit = limit
        self.status_code = status_code
        super().__init__(message, **fields)


class KatanaRateLimitTimeoutError(KatanaTimeoutError):
    """A request waited its whole timeout for a client-side rate-limit slot; not sent.

    The wait for a slot is bounded by the request's `pool` timeout (httpx's wait for a
    free connection; `KatanaClient(timeout=2)` means 2 s). The request never left, so
    `request_sent` is False and sending it again later is safe. Waiting requests are
    served first come, first served: this one had too many ahead of it, or the key was
    paused by a 429. Send fewer requests at once, or allow a longer wait with
    `timeout=httpx.Timeout(30, pool=...)` on the client or `client.options(timeout=...)`.

    Attributes:
        waited: Seconds the request waited.
        timeout: The timeout that ran out, in seconds.
        limiter: The limiter it waited for, e.g. "LocalRateLimiter(limit=60, window=60.0)".
    """

    def __init__(
        self,
        *,
        waited: float,
        timeout: float,
        limiter: str,
        method: str = "",
        url: str = "",
        **fields: Any,
    ) -> None:
        """Store the wait; see `KatanaTransportError` for the request's fields."""
        self.waited = waited
        self.timeout = timeout
        self.limiter = limiter
        fields.setdefault("attempts", 0)
        summary = (
            f"waited {waited:.3g} s for a slot of {limiter} and gave up at the {timeout:.3g} s "
            "timeout, so the request was not sent; send fewer requests at once, or allow a "
            "longer wait: KatanaClient(timeout=httpx.Timeout(30, pool=120))"
        )
        super().__init__(summary, method=method, url=url, request_sent=False, **fields)

    def _describe(self) -> str:
        # From a limiter used directly there is no request to name.
        if not self.method:
            return self._summary
        text = f"{self.method} {self.url}: {self._summary}"
        return text + (f" (after {self.attempts} attempts)" if self.attempts else "")


class KatanaRateLimiterError(KatanaError):
    """The rate limiter itself failed (its Redis is down or refused); the request was not sent.

    Requests are not sent while the shared budget cannot be checked: several processes
    sending without it could exceed Katana's limit together. The underlying error is the
    `__cause__`. Nothing here names the Redis URL's password.

    Attributes:
        backend: What failed, e.g. "Redis at 127.0.0.1:6379 db 0".
    """

    def __init__(self, message: str, *, backend: str = "") -> None:
        """Store `backend`; `message` says what failed and what to check."""
        super().__init__(message)
        self.backend = backend


# --- Values refused before sending or after reading ------------------------------------


class KatanaParameterError(KatanaError, ValueError):
    """A parameter's value was refused before anything was sent.

    A query value must have text to send: a `Decimal` is written in plain notation, so
    one of magnitude past 1E+100 or 1E-100 is refused (`Decimal("1E+200000000")` would
    be 200 million digits). The whole URL must stay within 16 KiB (`parameter` is then
    ""): servers refuse longer ones.

    A path value names one record (`/products/{id}`), so it must be of the type the
    spec gives (an integer id is an `int` from 1 to 2**63 - 1, not a `str`, `bool` or
    `float`) and must not be able to name another path: a text id may not be "", "."
    or ".." (a URL resolves them to the parent path, so `delete("..")` would be sent as
    `DELETE /v1`), nor hold "/", "\\" or control characters, also once percent-decoded.
    Every other character of a text id is percent-encoded, so that "?", "#" and "%"
    stay inside the one path segment.

    A walk of a list (`client.products.list()`, `paginate()`) refuses its own arguments
    out of range the same way: `page_size` (1 to 250), `start_page` (1 or more),
    `max_pages` and `collect(max_items=...)` (0 or more); `parameter` is then that
    argument's name. One page asked for directly is held to Katana's documented range:
    `page` and `limit` 1 or more, a search body's `filter.page` 1 or more and
    `filter.limit` 0 to 200 (`parameter` "filter.page"). `extra_query` may not set an
    operation's `page` or `limit`, nor a parameter the call sends itself (httpx would
    replace it).

    Attributes:
        operation: The operationId, e.g. "deleteProduct".
        parameter: The parameter's name in the spec, e.g. "id".
    """

    def __init__(self, message: str, *, operation: str, parameter: str) -> None:
        """Store the names; `message` says what was given and what is expected."""
        super().__init__(message)
        self.operation = operation
        self.parameter = parameter


class KatanaJSONDepthError(KatanaError, ValueError):
    """A JSON document nested its arrays and objects deeper than the cap allows.

    The cap (`MAX_JSON_DEPTH`, 128 levels; Katana's bodies nest fewer than 10) keeps
    every reader and writer of the document, the SDK's and the caller's, clear of
    Python's recursion limit. Raised for a response body (`status_code` set: the
    request itself got that status, so a 2xx create or update has been applied) and for
    a request body that nests too deep or contains itself (`status_code` None: nothing
    was sent).

    Attributes:
        max_depth: The cap that was exceeded.
        status_code: The status of the response whose body this was, else None.
    """

    def __init__(self, message: str, *, max_depth: int, status_code: int | None = None) -> None:
        """Store the cap and the status; `message` says which document and what to do."""
        super().__init__(message)
        self.max_depth = max_depth
        self.status_code = status_code


class KatanaClosedInFlightError(KatanaClientClosedError):
    """The client was closed (`aclose()`) while this request was in flight.

    Closing ends every request still sending, waiting to retry or waiting for the rate
    limit, so that nothing is sent afterwards. `outcome_unknown` is True when a request
    that is not repeat-safe (a create) was being sent or its answer read at that moment:
    Katana may have acted on it, so check before sending it again (answer like a
    timeout, not like "nothing changed"). Otherwise nothing was changed by this call.

    Attributes:
        method: The request method.
        url: The request URL without its query string.
        operation: Katana's operationId when known, else None.
        outcome_unknown: Whether Katana may have acted on the request.
    """

    def __init__(
        self,
        message: str,
        *,
        method: str,
        url: str,
        operation: str | None = None,
        outcome_unknown: bool = False,
    ) -> None:
        """Store the details; see the class docstring for the fields."""
        super().__init__(message)
        self.method = method
        self.url = url
        self.operation = operation
        self.outcome_unknown = outcome_unknown


class KatanaPaginationError(KatanaError):
    """A page could not be walked: its body was unreadable, Katana sent another page or
    the same records again, or the walk reached `MAX_PAGES` without a last page.

    Attributes:
        operation: The endpoint's operationId.
        page: The page number that failed; pass it as `start_page=` to resume.
    """

    def __init__(self, message: str, *, operation: str, page: int) -> None:
        """See the class docstring."""
        super().__init__(f"{operation} page {page}: {message}")
        self.operation = operation
        self.page = page


class KatanaEmptyResponseError(KatanaError):
    """Katana answered 2xx without the body the operation documents: no body, one of
    only whitespace, or a JSON `null`. The message says which, and what was expected.

    The request succeeded: a create or update this is raised for has been applied, so do
    not simply send it again. `response` holds the status, headers and raw body.

    Attributes:
        operation: The operationId.
        response: The response, with `parsed=None`.
    """

    def __init__(
        self, operation: str, response: Response[Any], *, expected: str = "a body"
    ) -> None:
        """`expected` names what the operation documents, e.g. "one Product object"."""
        content = response.content
        if not content:
            received = "no body"
        elif not content.strip():
            received = f"a body of only whitespace ({len(content)} bytes)"
        else:
            received = "a JSON null"
        super().__init__(
            f"{operation}: Katana answered {response.status_code} with {received}, where "
            f"the API documents {expected}; the request itself succeeded."
        )
        self.operation = operation
        self.response = response


class KatanaResponseShapeError(KatanaError, ValueError):
    """Katana answered 2xx with JSON that cannot be read as the operation's result.

    Three cases, all raised rather than returning a value whose type would lie:
    - The body is not JSON at all (cut short, say), where the operation documents one:
      raised by a resource's actions and by the endpoint functions (`asyncio`,
      `asyncio_detailed`) alike; `response` keeps its status, headers and bytes. A walk
      raises `KatanaPaginationError` for such a page instead.
    - The body as a whole: the envelope alone never causes it (a list operation reads
      `{"data": [...]}`, a bare array and a lone object alike, and a record operation
      reads a lone object, or the one element of an array or of `data`), but a record
      operation answered with an empty array or several records, a list answered with
      something other than objects, or a record answered with a number or a string is.
    - One object in it lacks a field its model requires (`Product.id`), or holds a value
      for it that cannot be read as the field's type (`model` and `field` say which).
      Optional fields never raise this: their unreadable values are kept aside (see
      `Model.unreadable_keys`).

    The request itself succeeded (a create or update has been applied), so do not simply
    send it again. The message never shows a value.

    Attributes:
        operation: The operationId whose response was read; "" when the request carried
            no descriptor, None for `from_dict` outside a call.
        status_code: The status of the response, or None outside a call.
        content: The raw body, or None outside a call.
        model: The model's class name (e.g. "Product") when one object was at fault.
        field: The JSON key of the field (e.g. "id") when one object was at fault.
        response: The `httpx.Response` when raised by a call.
    """

    def __init__(
        self,
        message: str,
        *,
        operation: str | None,
        status_code: int | None = None,
        content: bytes | None = None,
        model: str | None = None,
        field: str | None = None,
    ) -> None:
        """Store where it happened; `message` says what came and what was expected."""
        super().__init__(message)
        self.operation = operation
        self.status_code = status_code
        self.content = content
        self.model = model
        self.field = field
        self.response: httpx.Response | None = None
        # What is wrong with a body that is not JSON at all (`_runtime.not_json`), when
        # that is the fault: a walk reports such a page as unreadable without decoding
        # the body once more.
        self._not_json: str | None = None


# --- Webhooks, the mirror and the fake Katana -------------------------------------------
# Exported from the packages users import them from (`katana_client.webhooks`,
# `.mirror`, `.testing`); defined here, with every other error.


class WebhookError(KatanaError, ValueError):
    """A delivery that cannot be accepted now; `status_code` is the 4xx or 5xx to answer.

    A handler may raise it too: the receiver answers with its status and message
    (anything but a 2xx makes Katana deliver again, at most three times).
    """

    def __init__(self, status_code: int, message: str) -> None:
        """`message` is safe to send back to the caller: it never echoes secrets."""
        super().__init__(message)
        self.status_code = status_code
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        # Rebuilt from both fields (`args` holds only the message): task queues pickle.
        return (self.__class__, (self.status_code, self.message))


class WatermarkBusyError(KatanaError):
    """Another worker holds the lease of this feed: it is walking it now."""


class LeaseLostError(KatanaError):
    """The lease lapsed and another worker took the feed: this walk must stop."""


class WatermarkInvalidError(KatanaError, ValueError):
    """A feed's watermark (its `Cursor`) cannot be used, so nothing of the feed was walked.

    Raised when the one a store holds is not a cursor the mirror wrote: larger than
    `MAX_CURSOR_BYTES` (64 MiB), not a regular file, not UTF-8 JSON, or with a field
    missing, unknown or of the wrong type (a hand edit, a file cut short, another
    program's key). Nothing is guessed from it: a wrong cursor could skip changes. The
    message says what to delete to start the feed again from its first page (every
    record is delivered again). Also raised before a store is given a cursor larger than
    the cap, which it could not load again (`ChangeFeed` on a list of more than about a
    million records read whole); the stored cursor is then left as it was.

    Attributes:
        feed: The feed's name, e.g. "products" ("" when not given).
        store: The store that holds it, e.g. "FileWatermarkStore('/var/lib/katana')".
    """

    def __init__(self, message: str, *, feed: str, store: str) -> None:
        """Store the names; `message` says what is wrong and how to recover."""
        super().__init__(message)
        self.feed = feed
        self.store = store


class MissingReference(LookupError):
    """A create or update names a record that does not exist (`path`: `.customer_id`).

    Raised by the fake Katana's `FakeState`; the fake answers it with a 422.
    """

    def __init__(self, path: str, message: str) -> None:
        """`path` is Katana's detail path (`.sales_order_rows[0].variant_id`)."""
        super().__init__(message)
        self.path = path
        self.message = message

    def __reduce__(self) -> tuple[Any, ...]:
        return (self.__class__, (self.path, self.message))


class LifespanError(RuntimeError):
    """The app's lifespan startup or shutdown failed, or took longer than allowed.

    Raised by `katana_client.testing.running_app`, with the app's own error chained: a
    failure of the app under test, not of the SDK, so not a `KatanaError`.
    """


# --- Internal signals -------------------------------------------------------------------
# Raised and caught inside the package, each turned into a typed error above by the
# layer that knows the request; never seen by a caller.


class _ShapeMismatch(ValueError):
    """Raised by a parser for JSON it has no reading of; says what came instead.

    `build_response` turns it into `KatanaResponseShapeError`, which names the request.
    """


class _ResponseTooLarge(Exception):
    """The body passed the cap. `declared` when its Content-Length said so up front.

    The resilience transport turns it into `KatanaResponseTooLargeError`.
    """

    def __init__(self, limit: int, *, declared: bool, decoded: bool) -> None:
        super().__init__(limit)
        self.status_code = 0  # set by the transport, which has the response
        self.limit = limit
        self.declared = declared
        self.decoded = decoded
