"""The httpx transport that adds rate limiting, retries, per-attempt logging and observers.

`KatanaClient` wraps its network transport in a `ResilientTransport`, so every request
of every generated endpoint goes through it; nothing in the generated code knows.
Sitting below httpx's auth and event hooks, it sees each attempt's final headers (the
rate-limit bucket is a hash of the Authorization header) while user hooks still see one
request and its final response.

The response body is read here, inside the retry loop, so that a connection reset or a
stall in the middle of a body, a truncated body, or (for repeat-safe requests) a JSON
body cut short by a proxy is retried like any other transient failure; and so that
every body, success or error, first attempt or retry, is read within the size cap.

Closing the transport ends the requests inside it (sending, waiting to retry, waiting
for the rate limit) with `KatanaClientClosedError`, then closes the connections, so
nothing is sent after `aclose()` returns.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any, Final

import httpx

from katana_client._errors import (
    KatanaClientClosedError,
    KatanaClosedInFlightError,
    KatanaConnectionError,
    KatanaJSONDepthError,
    KatanaRateLimitTimeoutError,
    KatanaResponseTooLargeError,
    KatanaTimeoutError,
    _cut,
    _ResponseTooLarge,
    error_url,
    parse_retry_after,
)
from katana_client._runtime._exchange import exchange_of
from katana_client._runtime._typed import decode_body

from ._body import DEFAULT_MAX_RESPONSE_BYTES, read_body
from ._clock import SYSTEM_CLOCK, Clock
from ._logging import log_attempt, log_rate_limit_wait, logger
from ._options import DEFAULT, DEFAULT_LIMITS, _Default, current_options
from ._ratelimit import (
    RateLimiter,
    RateLimitFeedback,
    RateLimitPermit,
    feedback_from_response,
    limiter_key,
    shared_rate_limiter,
)
from ._retry import NO_RETRY, RetryPolicy, request_was_sent

if TYPE_CHECKING:
    import asyncio

    from katana_client.observability import ObservedCall, Observer

__all__ = ["ResilientTransport", "build_transport"]

RESPONSE_DEADLINE_READS: Final = 4
"""The default `response_deadline`, in read timeouts: 2 minutes at the default 30 s.

An attempt may then spend its read timeout on the headers and three more on the body:
32 MiB (`max_response_bytes`) in 90 s is 360 KiB/s, far below any working link.
"""


# PATCH sets values and DELETE of a deleted record answers 404, so repeating either
# changes nothing (KATANA_API.md, "Status codes and idempotency").
_REPEAT_SAFE_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "PATCH"})


class _Call:
    """One request's way through the retry loop.

    `operation` (None for a request sent directly through the httpx client) and
    `repeat_safe` come from the request's `Exchange`: the descriptor's `idempotent`
    (the spec's `x-katana-idempotent`), else every method but POST. Only a repeat-safe
    request is retried once it may have reached Katana.
    """

    __slots__ = (
        "attempt", "exchange", "may_have_acted", "observed", "operation", "policy",
        "repeat_safe", "request", "sending", "started",
    )  # fmt: skip

    def __init__(self, request: httpx.Request, policy: RetryPolicy, started: float) -> None:
        self.exchange = exchange = exchange_of(request)
        op = exchange.operation
        if op is None:
            self.operation = None
            self.repeat_safe = request.method.upper() in _REPEAT_SAFE_METHODS
        else:
            self.operation = op.id
            self.repeat_safe = op.idempotent
        self.request = request
        self.policy = policy
        self.started = started
        self.attempt = 0
        self.sending = False  # inside the wrapped transport: Katana may see it
        # An attempt so far may have reached Katana and acted (sent, then no answer,
        # or a 5xx or 408).
        self.may_have_acted = False
        # What observers are told about the call; None when there are none.
        self.observed: ObservedCall | None = None


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
        max_response_bytes: Largest response body read, as received and once decoded
            (default 32 MiB); a larger one raises `KatanaResponseTooLargeError`.
        response_deadline: Seconds each attempt may take, from sending the request to
            the last byte of the response body. httpx's read timeout bounds each read
            only, so a server trickling a byte just within it would hold a call without
            end. None (the default) means `RESPONSE_DEADLINE_READS` (4) times the
            request's read timeout, so that `timeout=` and `options(timeout=...)` scale
            it, and no deadline when the read timeout is None. Past it the attempt
            fails as a read timeout does: retried when the request is repeat-safe,
            else `KatanaTimeoutError` with `outcome_unknown=True`.
        observers: Told about each call, attempt, retry and wait (see
            `katana_client.observability`). Unlike `KatanaClient`, a transport built
            by hand adds no `OpenTelemetryObserver` by itself.
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
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        response_deadline: float | None = None,
        observers: Iterable[Observer] = (),
    ) -> None:
        """See the class docstring."""
        if max_response_bytes < 1:
            raise ValueError("max_response_bytes must be at least 1")
        if response_deadline is not None and not response_deadline > 0:
            raise ValueError("response_deadline must be a number of seconds above 0")
        self._transport = transport or httpx.AsyncHTTPTransport(limits=DEFAULT_LIMITS)
        self.retry = retry
        self.rate_limiter = rate_limiter
        self.max_response_bytes = max_response_bytes
        self.response_deadline = response_deadline
        self._clock = clock
        self._rand = rand
        self._scope = self if scope is None else scope
        # Not imported with the package: `import katana_client` stays as cheap.
        from katana_client.observability._observer import Observers  # noqa: PLC0415

        self.observers = Observers(tuple(observers))
        self._closed = False
        # The tasks inside `handle_async_request`, so that `aclose` can end them.
        self._calls: set[asyncio.Task[Any]] = set()
        self._ended_by_close: set[asyncio.Task[Any]] = set()
        self._drained: asyncio.Future[None] | None = None

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
            max_response_bytes=self.max_response_bytes,
            response_deadline=self.response_deadline,
            observers=self.observers.all,
        )

    async def aclose(self) -> None:
        """End the requests in flight, then close the wrapped transport.

        Requests inside this transport (sending, waiting to retry, or waiting for the
        rate limit) raise `KatanaClientClosedError`; later ones are refused the same
        way. When this returns, nothing more is sent and every connection is closed.
        """
        import asyncio  # noqa: PLC0415 - not imported until a client runs; see _clock

        self._closed = True
        try:
            if self._calls:
                self._drained = asyncio.get_running_loop().create_future()
                for task in list(self._calls):
                    self._ended_by_close.add(task)
                    task.cancel()
                # Each leaves through `handle_async_request`'s finally, at its next step.
                await self._drained
        finally:
            await self._transport.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        """Send `request`, retrying as the policy allows; return the final response.

        Raises:
            KatanaClientClosedError: The transport was closed before or during the call.
        """
        if self._closed:
            raise _closed_error(request, None)
        options = current_options(self._scope)
        policy = options.resolve_retry(self.retry) or NO_RETRY
        if isinstance(options.timeout, httpx.Timeout):
            request.extensions = {**request.extensions, "timeout": options.timeout.as_dict()}
        if not isinstance(request.stream, httpx.ByteStream):
            policy = NO_RETRY  # a streamed upload cannot be sent twice
        call = _Call(request, policy, self._clock.monotonic())
        if not self.observers:
            return await self._handle(call)
        op = call.exchange.operation
        template = None if op is None else op.path
        call.observed = observed = self.observers.start(request, call.operation, template)
        try:
            response = await self._handle(call)
        except BaseException as exc:
            self.observers.call_ended(observed, status=None, error=exc)
            raise
        self.observers.call_ended(observed, status=response.status_code, error=None)
        return response

    async def _handle(self, call: _Call) -> httpx.Response:
        """`_run`, ended with `KatanaClientClosedError` by `aclose`."""
        import asyncio  # noqa: PLC0415 - not imported until a client runs; see _clock

        task = asyncio.current_task()
        if task is None:  # not in an asyncio task: nothing that close could end
            return await self._run(call)
        self._calls.add(task)
        try:
            return await self._run(call)
        except asyncio.CancelledError:
            # Turned into an error only when the cancellation was close's alone.
            if task in self._ended_by_close and task.uncancel() == 0:
                raise _closed_error(call.request, call) from None
            raise
        finally:
            self._calls.discard(task)
            self._ended_by_close.discard(task)
            if not self._calls and self._drained is not None and not self._drained.done():
                self._drained.set_result(None)

    async def _run(self, call: _Call) -> httpx.Response:
        while True:
            if self._closed:  # a retry of a call that close could not reach
                raise _closed_error(call.request, call)
            call.attempt += 1
            outcome = await self._attempt(call)
            if isinstance(outcome, httpx.Response):
                return outcome
            await self._clock.sleep(outcome)

    async def _attempt(self, call: _Call) -> httpx.Response | float:
        """Send once: the final response, or the seconds to wait before the next try."""
        policy = call.policy
        permit = await self._take_slot(call)
        sent_at = self._clock.monotonic()
        call.sending = True
        try:
            response, malformed = await self._send_within_deadline(call)
        except BaseException as exc:
            return await self._failed(call, permit, sent_at, exc)
        status = response.status_code
        feedback = None
        if permit is not None:
            window = float(getattr(self.rate_limiter, "window", 60.0))
            now = self._clock.time()
            feedback = feedback_from_response(status, response.headers, now=now, window=window)
            await _give_back(permit, feedback)
        # Not before the release: a close that lands during it ends a call that Katana
        # answered, and must say that it may have acted.
        call.sending = False
        retryable = policy.retries_status(status, repeat_safe=call.repeat_safe)
        # Katana's Retry-After, read once and only where it is used: the wait before a
        # retry, and the observers of a 429. The limiter's feedback has a 429's read.
        retry_after = None if feedback is None else feedback.retry_after
        if (feedback is None or status != 429) and (malformed or retryable or status == 429):
            retry_after = parse_retry_after(
                response.headers.get("Retry-After"), now=self._clock.time()
            )
        retry_in = self._next_wait(call, retry_after) if malformed or retryable else None
        acted = status >= 500 or status == 408  # Katana may have acted on the request
        outcome_unknown = retry_in is None and not call.repeat_safe and acted
        level = _level(status, retry_in is None, retryable)
        note = _note(malformed, outcome_unknown)
        self._ended(
            call, sent_at, level, retry_in, status=status, note=note, retry_after=retry_after
        )
        if retry_in is not None:
            call.may_have_acted = call.may_have_acted or acted
            return retry_in
        # For the status error `build_response` raises (`KatanaAPIError.attempts`, ...).
        call.exchange.attempts = call.attempt
        call.exchange.outcome_unknown = outcome_unknown
        # A repeated DELETE's 404: an earlier attempt may have deleted the record.
        call.exchange.gone = (
            status == 404 and call.may_have_acted and call.request.method == "DELETE"
        )
        return response

    async def _failed(
        self, call: _Call, permit: RateLimitPermit | None, sent_at: float, exc: BaseException
    ) -> float:
        """The seconds to wait before the next try after `exc` ended an attempt; else
        raises it (wrapped as the SDK's error where it is httpx's)."""
        if not isinstance(exc, Exception):
            # Cancellation: nothing to retry or wrap, but the slot goes back, in a task
            # of its own since this one is ending.
            if permit is not None:
                _give_back(permit, None)
            raise exc
        if permit is not None:
            await _give_back(permit, None)
        call.sending = False  # only now: a close during the release may not know
        call.may_have_acted = call.may_have_acted or request_was_sent(exc)
        retry_in = None
        if call.policy.retries_exception(exc, repeat_safe=call.repeat_safe):
            retry_in = self._next_wait(call, None)
        level = logging.INFO if retry_in is not None else logging.WARNING
        self._ended(call, sent_at, level, retry_in, error=exc)
        if retry_in is not None:
            return retry_in
        wrapped = _wrap(exc, call)
        if wrapped is exc:
            raise exc
        raise wrapped from exc

    def _ended(
        self,
        call: _Call,
        sent_at: float,
        level: int,
        retry_in: float | None,
        *,
        status: int | None = None,
        error: BaseException | None = None,
        note: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        """Log how an attempt ended, and tell the observers, with whether another follows."""
        elapsed = self._clock.monotonic() - sent_at
        log_attempt(
            level,
            call.request,
            operation=call.operation,
            attempt=call.attempt,
            attempts=call.policy.attempts,
            elapsed=elapsed,
            status=status,
            error=error,
            retry_in=retry_in,
            note=note,
        )
        observed = call.observed
        if observed is None:
            return
        observed.attempts = call.attempt
        if status == 429:
            self.observers.rate_limited(observed, retry_after=retry_after)
        self.observers.attempt_ended(observed, status=status, error=error, elapsed=elapsed)
        if retry_in is not None:
            self.observers.retrying(observed, wait=retry_in, status=status, error=error)

    async def _take_slot(self, call: _Call) -> RateLimitPermit | None:
        if self.rate_limiter is None:
            return None
        request = call.request
        # The wait for a slot is bounded like httpx's wait for a pooled connection.
        timeouts = request.extensions.get("timeout")
        max_wait = timeouts.get("pool") if isinstance(timeouts, dict) else None
        try:
            permit = await self.rate_limiter.acquire(limiter_key(request), max_wait=max_wait)
        except KatanaRateLimitTimeoutError as error:
            raise KatanaRateLimitTimeoutError(
                waited=error.waited,
                timeout=error.timeout,
                limiter=error.limiter,
                request=request,
                method=request.method,
                url=error_url(request),
                operation=call.operation,
                attempts=call.attempt - 1,
            ) from None
        if permit.waited > 0:
            log_rate_limit_wait(request, operation=call.operation, waited=permit.waited)
            if call.observed is not None:
                self.observers.limiter_waited(call.observed, waited=permit.waited)
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

    async def _send_within_deadline(self, call: _Call) -> tuple[httpx.Response, bool]:
        """`_send`, ended as a read timeout when the response takes too long to arrive."""
        import asyncio  # noqa: PLC0415 - not imported until a client runs; see _clock

        request = call.request
        deadline = self.response_deadline
        if deadline is None:
            timeouts = request.extensions.get("timeout")
            read = timeouts.get("read") if isinstance(timeouts, dict) else None
            if read is None:
                return await self._send(call)
            deadline = RESPONSE_DEADLINE_READS * float(read)
        loop = asyncio.get_running_loop()
        extensions = request.extensions
        user_trace = extensions.get("trace")
        window = asyncio.timeout(None)

        # Armed when the request starts going out (httpcore's trace), not before: a
        # wait for a pooled connection has its own timeout and sends nothing, so it
        # must not end as a read timeout that says Katana may have the request.
        async def trace(event: str, info: dict[str, Any]) -> None:
            if window.when() is None and event.endswith("send_request_headers.started"):
                window.reschedule(loop.time() + deadline)
                if user_trace is None:
                    # httpcore looks the hook up at each step of the exchange (about
                    # ten a request): once armed, the later steps need not call it.
                    traced.pop("trace", None)
            if user_trace is not None:
                await user_trace(event, info)

        request.extensions = traced = {**extensions, "trace": trace}
        try:
            async with window:
                return await self._send(call)
        except TimeoutError:
            if not window.expired():
                raise  # not the deadline's (close and callers cancel as before)
        finally:
            request.extensions = extensions
        # httpx's ReadTimeout carries the retry and outcome_unknown rules of any read
        # that took too long.
        how = "" if self.response_deadline else f", {RESPONSE_DEADLINE_READS} x the read timeout"
        raise httpx.ReadTimeout(
            f"the response was not complete within response_deadline ({deadline:g} s{how}); "
            "for a slow link raise it with KatanaClient(response_deadline=...)",
            request=request,
        )

    async def _send(self, call: _Call) -> tuple[httpx.Response, bool]:
        """Send once and read the whole body, so that body failures happen here.

        Also says whether a repeat-safe request got a 2xx JSON body that does not
        decode: a proxy or a dropped connection cut it short, and another attempt may
        get all of it. The last such body is returned as it came (`parsed` is None).
        """
        request = call.request
        call.exchange.decoded = None  # only the final attempt's body counts
        response = await self._transport.handle_async_request(request)
        response.request = request
        try:
            raw = await read_body(response, request, self.max_response_bytes)
        except httpx.StreamConsumed:  # a mock handler that read its own response
            await response.aclose()
            if len(response.content) > self.max_response_bytes:
                raise _ResponseTooLarge(
                    self.max_response_bytes, declared=False, decoded=True
                ) from None
            return response, False
        except _ResponseTooLarge as exc:
            exc.status_code = response.status_code
            raise
        finally:
            if not response.is_stream_consumed:
                # Also ends a body left unread at the cap: httpcore then drops the
                # connection.
                await _close_stream(response, request)
        # The response gets the body back as its stream, unread: httpx then reads it as
        # usual (and sets `.elapsed`), as from any transport.
        response.stream = httpx.ByteStream(raw)
        content = raw
        if "Content-Encoding" in response.headers:
            # Decode a copy now (its size is known to be within the cap): a body that
            # does not decode fails here, retryably, not later in httpx. The response
            # itself stays unread so that httpx reads it as usual and times it.
            probe = httpx.Response(
                response.status_code, headers=response.headers, stream=httpx.ByteStream(raw)
            )
            content = await probe.aread()
        malformed = False
        if (
            call.repeat_safe
            and call.policy.attempts > 1
            and 200 <= response.status_code < 300
            and "json" in response.headers.get("Content-Type", "")
            and content.strip()
        ):
            operation = call.exchange.operation
            try:
                # Typed where the operation's parser has a typed reading (`_typed`).
                decoded = decode_body(operation._read if operation else None, content)
            except KatanaJSONDepthError:
                pass  # whole but nested too deep: the same again; build_response raises
            except ValueError:
                malformed = True
            else:
                # Decoded once: the endpoint's build_response takes it from the exchange.
                call.exchange.decoded = decoded
        return response, malformed


# Slots being given back after their call ended, kept here until done (the event loop
# holds only weak references to tasks).
_RELEASES: Final[set[asyncio.Task[None]]] = set()


def _give_back(permit: RateLimitPermit, feedback: RateLimitFeedback | None) -> Awaitable[None]:
    """Release `permit` so that a cancellation of the call (a caller's timeout, `aclose`,
    a TaskGroup) cannot cut the release short, which would keep the slot taken (for a
    Redis limiter, until its lease runs out): at once where the release never waits
    (the local limiter's `release_now`), else in a task of its own, returned shielded."""
    release_now = getattr(permit, "release_now", None)
    if release_now is not None:
        try:
            release_now(feedback)
        except Exception as exc:  # as in `_released`
            _log_release_failure(exc)
        return _DONE
    import asyncio  # noqa: PLC0415 - not imported until a client runs; see _clock

    release = asyncio.ensure_future(_released(permit, feedback))
    _RELEASES.add(release)
    release.add_done_callback(_RELEASES.discard)
    return asyncio.shield(release)


class _Done:
    """An awaitable that is done already (a release made at once)."""

    def __await__(self) -> Generator[None, None, None]:
        return
        yield  # a generator that ends at once


_DONE: Final = _Done()


async def _released(permit: RateLimitPermit, feedback: RateLimitFeedback | None) -> None:
    try:
        await permit.release(feedback)
    except Exception as exc:  # the call is over: a limiter's failure must not fail it
        _log_release_failure(exc)


def _log_release_failure(exc: Exception) -> None:
    logger.warning("the rate limiter failed to give a slot back (%s)", type(exc).__name__)


async def _close_stream(response: httpx.Response, request: httpx.Request) -> None:
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):  # as httpx says it
        raise RuntimeError("Attempted to call an async close on an sync stream.")
    try:
        await stream.aclose()
    except httpx.RequestError as exc:
        exc.request = request  # as `Response.aclose` would have
        raise


def _level(status: int, final: bool, retryable: bool) -> int:
    """DEBUG for a success, INFO for a retry; for a final failure WARNING only when
    retrying could not help (retries ran out) or Katana failed (5xx). A 4xx such as a
    404 is raised to the caller, who decides whether it matters: DEBUG."""
    if status < 400:
        return logging.DEBUG
    if not final:
        return logging.INFO
    return logging.WARNING if retryable or status >= 500 else logging.DEBUG


def _note(malformed: bool, outcome_unknown: bool) -> str | None:
    if malformed:
        return "the JSON body does not decode"
    return "not retried: not repeat-safe" if outcome_unknown else None


def _closed_error(request: httpx.Request, call: _Call | None) -> KatanaClientClosedError:
    """The error of a request that close refused (`call` None) or ended."""
    where = f"{request.method} {request.url.path}"
    if call is None:
        return KatanaClientClosedError(
            f"{where} was not sent: this KatanaClient is closed; create a new "
            "KatanaClient to make more requests."
        )
    unknown = call.sending and not call.repeat_safe
    note = " It may have reached Katana: check whether it took effect before sending it again."
    return KatanaClosedInFlightError(
        f"{where} was stopped: the KatanaClient was closed while it was in flight "
        f"(sending, waiting to retry, or waiting for the rate limit).{note if unknown else ''}",
        method=request.method,
        url=error_url(request),
        operation=call.operation,
        outcome_unknown=unknown,
    )


def _too_large(exc: _ResponseTooLarge, call: _Call) -> KatanaResponseTooLargeError:
    request = call.request
    how = " (by its Content-Length)" if exc.declared else " once decoded" if exc.decoded else ""
    mib, rest = divmod(exc.limit, 1024 * 1024)
    size = f"{mib} MiB" if mib and not rest else f"{exc.limit} bytes"
    return KatanaResponseTooLargeError(
        f"the {exc.status_code} response's body is larger than max_response_bytes "
        f"({size}){how}; reading stopped there. Katana's pages are far smaller: check "
        "base_url and any proxy, or raise the cap with KatanaClient(max_response_bytes=...)",
        limit=exc.limit,
        status_code=exc.status_code,
        request=request,
        method=request.method,
        url=error_url(request),
        operation=call.operation,
        attempts=call.attempt,
        outcome_unknown=not call.repeat_safe,
    )


def _wrap(exc: Exception, call: _Call) -> Exception:
    if isinstance(exc, _ResponseTooLarge):
        return _too_large(exc, call)
    request = call.request
    if not isinstance(exc, httpx.TransportError | httpx.DecodingError):
        return exc  # not a network failure (a bug, a bad URL): raised as it is
    sent = request_was_sent(exc)
    would_retry = call.policy.retries_exception(exc, repeat_safe=True)
    kind: type[KatanaConnectionError] | type[KatanaTimeoutError] = (
        KatanaTimeoutError if isinstance(exc, httpx.TimeoutException) else KatanaConnectionError
    )
    # A server's bytes can make up httpx's text (h11 quotes a bad header line whole).
    detail = _cut(str(exc) or "no detail", _MAX_DETAIL)
    summary = f"{_WHAT.get(type(exc), 'request failed')} ({type(exc).__name__}: {detail})"
    return kind(
        summary,
        request=request,
        method=request.method,
        url=error_url(request),
        operation=call.operation,
        attempts=call.attempt,
        request_sent=sent,
        outcome_unknown=sent and would_retry and not call.repeat_safe,
    )


_MAX_DETAIL: Final = 200

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
    httpx.ProxyError: "the proxy refused or failed the tunnel to Katana",
}


RetrySetting = RetryPolicy | int | bool | None | _Default
RateLimitSetting = RateLimiter | bool | None | _Default


def build_transport(
    transport: httpx.AsyncBaseTransport | None,
    *,
    retry: RetrySetting,
    rate_limit: RateLimitSetting,
    limits: httpx.Limits,
    scope: object,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
    response_deadline: float | None = None,
    trust_env: bool = True,
    observers: tuple[Observer, ...] = (),
) -> ResilientTransport:
    """The transport `KatanaClient` gives its httpx client, from the client's arguments.

    `retry`: a `RetryPolicy`, a number of attempts, `True` (the default policy), or
    `False`/`None` (one attempt). `rate_limit`: a `RateLimiter`, `True` (the process-wide
    limiter), or `False`/`None` (no limit). Both default to on, except around an
    `httpx.MockTransport`: a test double answers from a script and has no rate limit, so
    each scripted answer is returned once, as written; pass them to test retries.
    `observers` get an `OpenTelemetryObserver` added when OpenTelemetry is installed
    (`katana_client.observability.observers_for`).
    """
    if isinstance(transport, ResilientTransport):
        # Built by hand: its settings, in a transport of this event loop's own (the
        # client asks once per loop), so that one loop's shutdown does not close it
        # for the others, and each loop's calls are its own to end at close.
        return transport.wrap(transport.transport)
    from katana_client.observability import observers_for  # noqa: PLC0415 - see __init__

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
    inner = transport or httpx.AsyncHTTPTransport(limits=limits, trust_env=trust_env)
    return ResilientTransport(
        inner,
        retry=policy,
        rate_limiter=limiter,
        scope=scope,
        max_response_bytes=max_response_bytes,
        response_deadline=response_deadline,
        observers=observers_for(observers),
    )
