"""The httpx transport that adds rate limiting, retries and per-attempt logging.

`KatanaClient` wraps its network transport in a `ResilientTransport`, so every request
of every generated endpoint goes through it; nothing in the generated code knows.
Sitting below httpx's auth and event hooks, it sees each attempt's final headers (the
rate-limit bucket is a hash of the Authorization header) while user hooks still see one
request and its final response.

The response body is read here, inside the retry loop, so that a connection reset or a
stall in the middle of a body, a truncated body, or (for repeat-safe requests) a JSON
body cut short by a proxy is retried like any other transient failure.
"""

from __future__ import annotations

import enum
import logging
import random
from collections.abc import Callable
from typing import Any, Final

import httpx
from attrs import frozen

from katana_client._errors import KatanaConnectionError, KatanaTimeoutError, parse_retry_after
from katana_client._runtime._json import loads
from katana_client._runtime._response import DECODED_JSON_EXTENSION

from ._clock import SYSTEM_CLOCK, Clock
from ._logging import log_attempt, log_rate_limit_wait
from ._operation import OperationInfo, operation_of
from ._options import current_options
from ._ratelimit import (
    RateLimiter,
    RateLimitFeedback,
    RateLimitPermit,
    feedback_from_response,
    limiter_key,
    shared_rate_limiter,
)
from ._retry import NO_RETRY, RetryPolicy, request_was_sent

__all__ = [
    "DEFAULT",
    "DEFAULT_LIMITS",
    "RESILIENCE_EXTENSION",
    "ResilienceFacts",
    "ResilientTransport",
    "build_transport",
    "wrap_proxy_mounts",
]

# Katana allows 60 requests a minute, so a few connections carry all of it. Idle ones
# are kept 30 s: less than the 60 s after which common load balancers drop them, so a
# create is not sent on a connection the far end has just closed.
DEFAULT_LIMITS: Final = httpx.Limits(
    max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0
)

RESILIENCE_EXTENSION: Final = "katana_resilience"


@frozen
class ResilienceFacts:
    """Set on each final response as the `katana_resilience` response extension.

    Attributes:
        attempts: How many times the request was sent.
        outcome_unknown: The answer says Katana may have acted (5xx, 408) but the
            request is not repeat-safe, so it was not retried.
    """

    attempts: int
    outcome_unknown: bool


class _Call:
    """One request's way through the retry loop."""

    __slots__ = ("attempt", "op", "policy", "request", "started")

    def __init__(
        self, request: httpx.Request, op: OperationInfo, policy: RetryPolicy, started: float
    ) -> None:
        self.request = request
        self.op = op
        self.policy = policy
        self.started = started
        self.attempt = 0


class ResilientTransport(httpx.AsyncBaseTransport):
    """Rate-limit, retry and log every request sent through `transport`.

    Args:
        transport: The transport that really sends (default: httpx's, with
            `DEFAULT_LIMITS`).
        retry: The retry policy; None sends every request once.
        rate_limiter: Where to take a slot before each attempt; None for no limit.
        clock: Time source for backoff, budgets and elapsed times; tests pass a fake.
        rand: Source of jitter, a function returning a float in [0, 1).
        scope: The object whose `options(...)` blocks apply (the `KatanaClient`).
    """

    def __init__(
        self,
        transport: httpx.AsyncBaseTransport | None = None,
        *,
        retry: RetryPolicy | None = None,
        rate_limiter: RateLimiter | None = None,
        clock: Clock = SYSTEM_CLOCK,
        rand: Callable[[], float] = random.random,
        scope: object | None = None,
    ) -> None:
        """See the class docstring."""
        self._transport = transport or httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        self.retry = retry
        self.rate_limiter = rate_limiter
        self._clock = clock
        self._rand = rand
        self._scope = self if scope is None else scope

    @property
    def transport(self) -> httpx.AsyncBaseTransport:
        """The wrapped transport."""
        return self._transport

    def wrap(self, transport: httpx.AsyncBaseTransport) -> ResilientTransport:
        """A transport with the same settings around another one (e.g. a proxy's)."""
        return ResilientTransport(
            transport,
            retry=self.retry,
            rate_limiter=self.rate_limiter,
            clock=self._clock,
            rand=self._rand,
            scope=self._scope,
        )

    async def aclose(self) -> None:
        """Close the wrapped transport."""
        await self._transport.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, retrying as the policy allows; return the final response."""
        options = current_options(self._scope)
        policy = options.resolve_retry(self.retry) or NO_RETRY
        if isinstance(options.timeout, httpx.Timeout):
            request.extensions = {**request.extensions, "timeout": options.timeout.as_dict()}
        if not isinstance(request.stream, httpx.ByteStream):
            policy = NO_RETRY  # a streamed upload cannot be sent twice
        call = _Call(request, operation_of(request), policy, self._clock.monotonic())
        while True:
            call.attempt += 1
            outcome = await self._attempt(call)
            if isinstance(outcome, httpx.Response):
                return outcome
            await self._clock.sleep(outcome)

    async def _attempt(self, call: _Call) -> httpx.Response | float:
        """Send once: the final response, or the seconds to wait before the next try."""
        request, op, policy = call.request, call.op, call.policy
        permit = await self._take_slot(request, op)
        sent_at = self._clock.monotonic()
        try:
            response, malformed = await self._send(request, op, policy)
        except BaseException as exc:
            if permit is not None:
                await permit.release(None)
            if not isinstance(exc, Exception):
                raise  # cancellation: nothing to retry, nothing to wrap
            retry_in = None
            if policy.retries_exception(exc, repeat_safe=op.repeat_safe):
                retry_in = self._next_wait(call, None)
            log_attempt(
                logging.INFO if retry_in is not None else logging.WARNING,
                request,
                operation=op.id,
                attempt=call.attempt,
                attempts=policy.attempts,
                elapsed=self._clock.monotonic() - sent_at,
                error=exc,
                retry_in=retry_in,
            )
            if retry_in is not None:
                return retry_in
            wrapped = _wrap(exc, request, op, call.attempt, policy)
            if wrapped is exc:
                raise
            raise wrapped from exc
        if permit is not None:
            await permit.release(self._feedback(response))
        status = response.status_code
        retry_in = None
        if malformed or policy.retries_status(status, repeat_safe=op.repeat_safe):
            retry_in = self._next_wait(call, _retry_after(response, self._clock.time()))
        final = retry_in is None
        outcome_unknown = final and not op.repeat_safe and (status >= 500 or status == 408)
        log_attempt(
            _level(status, final),
            request,
            operation=op.id,
            attempt=call.attempt,
            attempts=policy.attempts,
            elapsed=self._clock.monotonic() - sent_at,
            status=status,
            retry_in=retry_in,
            note=_note(malformed, outcome_unknown),
        )
        if retry_in is not None:
            return retry_in
        response.extensions[RESILIENCE_EXTENSION] = ResilienceFacts(
            attempts=call.attempt, outcome_unknown=outcome_unknown
        )
        return response

    def _feedback(self, response: httpx.Response) -> RateLimitFeedback:
        return feedback_from_response(
            response.status_code,
            response.headers,
            now=self._clock.time(),
            window=float(getattr(self.rate_limiter, "window", 60.0)),
        )

    async def _take_slot(self, request: httpx.Request, op: OperationInfo) -> RateLimitPermit | None:
        if self.rate_limiter is None:
            return None
        permit = await self.rate_limiter.acquire(limiter_key(request))
        if permit.waited > 0:
            log_rate_limit_wait(request, operation=op.id, waited=permit.waited)
        return permit

    def _next_wait(self, call: _Call, retry_after: float | None) -> float | None:
        """The wait before the next attempt, or None when the policy's bounds say stop."""
        policy = call.policy
        if call.attempt >= policy.attempts:
            return None
        wait = policy.wait(call.attempt, retry_after, self._rand)
        if self._clock.monotonic() + wait - call.started > policy.max_elapsed:
            return None
        return wait

    async def _send(
        self, request: httpx.Request, op: OperationInfo, policy: RetryPolicy
    ) -> tuple[httpx.Response, bool]:
        """Send once and read the whole body, so that body failures happen here.

        Also says whether a repeat-safe request got a 2xx JSON body that does not
        decode: a proxy or a dropped connection cut it short, and another attempt may
        get all of it. The last such body is returned as it came (`parsed` is None).
        """
        response = await self._transport.handle_async_request(request)
        try:
            raw = b"".join([part async for part in response.aiter_raw()])
        except httpx.StreamConsumed:  # a mock handler that read its own response
            return response, False
        finally:
            await response.aclose()
        content = raw
        encoding = response.headers.get("Content-Encoding", "identity").strip().lower()
        if encoding not in {"", "identity"}:
            # Decode a copy now: a body cut inside its gzip stream fails here, retryably.
            probe = httpx.Response(
                response.status_code, headers=response.headers, stream=httpx.ByteStream(raw)
            )
            content = await probe.aread()
        malformed = False
        extensions = response.extensions
        if (
            op.repeat_safe
            and policy.attempts > 1
            and 200 <= response.status_code < 300
            and "json" in response.headers.get("Content-Type", "")
            and content.strip()
        ):
            try:
                decoded = loads(content)
            except ValueError:
                malformed = True
            else:
                # Decoded once: the endpoint's build_response takes it from here.
                extensions = {**extensions, DECODED_JSON_EXTENSION: decoded}
        # A fresh, unread response: httpx then reads it as usual (and sets `.elapsed`).
        fresh = httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=httpx.ByteStream(raw),
            extensions=extensions,
            request=request,
        )
        return fresh, malformed


def _retry_after(response: httpx.Response, now: float) -> float | None:
    return parse_retry_after(response.headers.get("Retry-After"), now=now)


def _level(status: int, final: bool) -> int:
    if status < 400:
        return logging.DEBUG
    return logging.WARNING if final else logging.INFO


def _note(malformed: bool, outcome_unknown: bool) -> str | None:
    if malformed:
        return "the JSON body does not decode"
    return "not retried: not repeat-safe" if outcome_unknown else None


def _wrap(
    exc: Exception, request: httpx.Request, op: OperationInfo, attempts: int, policy: RetryPolicy
) -> Exception:
    cause = exc
    if not isinstance(cause, httpx.TransportError | httpx.DecodingError):
        return exc  # not a network failure (a bug, a bad URL): raised as it is
    sent = request_was_sent(cause)
    would_retry = policy.retries_exception(cause, repeat_safe=True)
    kind: type[KatanaConnectionError] | type[KatanaTimeoutError] = (
        KatanaTimeoutError if isinstance(cause, httpx.TimeoutException) else KatanaConnectionError
    )
    detail = str(cause) or "no detail"
    summary = f"{_WHAT.get(type(cause), 'request failed')} ({type(cause).__name__}: {detail})"
    return kind(
        summary,
        request=request,
        method=request.method,
        url=str(request.url.copy_with(query=None, fragment=None)),
        operation=op.id,
        attempts=attempts,
        request_sent=sent,
        outcome_unknown=sent and would_retry and not op.repeat_safe,
    )


_WHAT: Final[dict[type[Any], str]] = {
    httpx.ConnectError: "could not connect",
    httpx.ConnectTimeout: "timed out connecting",
    httpx.PoolTimeout: "timed out waiting for a pooled connection",
    httpx.ReadTimeout: "timed out reading the response",
    httpx.WriteTimeout: "timed out sending the request",
    httpx.ReadError: "connection broke while reading the response",
    httpx.WriteError: "connection broke while sending the request",
    httpx.RemoteProtocolError: "the server broke the HTTP exchange",
    httpx.DecodingError: "the response body could not be decoded",
}


class _Default(enum.Enum):
    DEFAULT = "default"


DEFAULT: Final = _Default.DEFAULT
"""The default of `KatanaClient(retry=, rate_limit=)`: on, except for a mock transport."""

RetrySetting = RetryPolicy | int | bool | None | _Default
RateLimitSetting = RateLimiter | bool | None | _Default


def build_transport(
    transport: httpx.AsyncBaseTransport | None,
    *,
    retry: RetrySetting,
    rate_limit: RateLimitSetting,
    limits: httpx.Limits,
    scope: object,
) -> ResilientTransport:
    """The transport `KatanaClient` gives its httpx client, from the client's arguments.

    `retry`: a `RetryPolicy`, a number of attempts, `True` (the default policy), or
    `False`/`None` (one attempt). `rate_limit`: a `RateLimiter`, `True` (the process-wide
    limiter), or `False`/`None` (no limit). Both default to on, except around an
    `httpx.MockTransport`: a test double answers from a script and has no rate limit, so
    each scripted answer is returned once, as written; pass them to test retries.
    """
    if isinstance(transport, ResilientTransport):
        return transport  # built by hand: used as it is
    mock = isinstance(transport, httpx.MockTransport)
    if retry is DEFAULT:
        retry = not mock
    if rate_limit is DEFAULT:
        rate_limit = not mock
    policy: RetryPolicy | None
    if retry is True:
        policy = RetryPolicy()
    elif retry is False or retry is None:
        policy = None
    elif isinstance(retry, int):
        policy = RetryPolicy(attempts=retry)
    else:
        policy = retry
    limiter: RateLimiter | None
    if rate_limit is True:
        limiter = shared_rate_limiter()
    elif rate_limit is False or rate_limit is None:
        limiter = None
    else:
        limiter = rate_limit
    inner = transport or httpx.AsyncHTTPTransport(limits=limits)
    return ResilientTransport(inner, retry=policy, rate_limiter=limiter, scope=scope)


def wrap_proxy_mounts(http: httpx.AsyncClient, resilient: ResilientTransport) -> None:
    """Put `resilient`'s settings around the proxy transports httpx mounted from the env.

    With HTTP(S)_PROXY set, httpx sends through transports it mounts itself, which would
    bypass retries and the rate limit. httpx has no public way to reach them.
    """
    mounts = getattr(http, "_mounts", None)
    if not isinstance(mounts, dict):
        return
    for pattern, mounted in list(mounts.items()):
        if isinstance(mounted, httpx.AsyncBaseTransport) and not isinstance(
            mounted, ResilientTransport
        ):
            mounts[pattern] = resilient.wrap(mounted)
