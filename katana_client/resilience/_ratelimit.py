"""Keep under Katana's rate limit (60 requests per 60 s per key) before Katana says 429.

The limiter hands out `limit` slots per key. A slot is taken when a request is sent and
becomes free again `window` seconds after that request's response has arrived (not after
it was sent). Katana sees a request somewhere between those two moments, so two uses of
one slot always reach Katana more than `window` apart, whatever the network latency:
Katana never sees more than `limit` requests in any `window`, and a busy client still
gets within a round-trip of the full rate. A 429 stays handled by the retry loop as a
backstop (another program using the same key, a changed limit).

Bounded: requests wait in line per key, first come first served, each for at most its
`max_wait` (the transport passes the request's httpx `pool` timeout), and nothing a
server sends can stall a key for longer than `max_pause` or shrink it for good.
"""

from __future__ import annotations

import functools
import hashlib
import math
import threading
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Final, Protocol

import httpx
from attrs import frozen

from katana_client._errors import KatanaRateLimitTimeoutError, parse_retry_after

from ._clock import SYSTEM_CLOCK, Clock

__all__ = [
    "LocalRateLimiter",
    "RateLimitFeedback",
    "RateLimitPermit",
    "RateLimiter",
    "feedback_from_response",
    "limiter_key",
    "shared_rate_limiter",
]

# Number of buckets (keys) above which idle ones are dropped.
_PRUNE_AT: Final = 1024
# Longest wait a reset header may impose; a value further out is a clock or unit error.
_MAX_RESET_WINDOWS: Final = 2.0


@frozen
class RateLimitFeedback:
    """What one response said about the rate limit.

    Attributes:
        limit: `X-Ratelimit-Limit`, requests per window, or None (absent, unreadable
            or 0: a server that says 0 would otherwise stop every request).
        remaining: `X-Ratelimit-Remaining`, or None.
        reset_after: Seconds until `X-Ratelimit-Reset`, or None.
        retry_after: Seconds from a 429's `Retry-After` (None on other statuses).
    """

    limit: int | None
    remaining: int | None
    reset_after: float | None
    retry_after: float | None


class RateLimitPermit(Protocol):
    """One taken slot. Release it when the response has arrived (or the send failed)."""

    @property
    def waited(self) -> float:
        """Seconds `acquire` waited for this slot."""
        ...

    async def release(self, feedback: RateLimitFeedback | None) -> None:
        """Free the slot `window` seconds from now, and learn from the response."""
        ...


class RateLimiter(Protocol):
    """A rate limiter the resilience transport asks before each send."""

    async def acquire(self, key: str, *, max_wait: float | None = None) -> RateLimitPermit:
        """Wait until a request for `key` (a hash of the credentials) may be sent.

        Waits at most `max_wait` seconds (None: no limit), then raises
        `KatanaRateLimitTimeoutError`. A cancelled wait gives up its place at once.
        """
        ...


def limiter_key(request: httpx.Request) -> str:
    """The bucket of a request: a hash of its origin and Authorization header.

    Katana limits per API key, so requests with the same key to the same API share a
    bucket whichever `KatanaClient` sends them, and a rotated key starts a bucket of its
    own. The origin (scheme, host, port) is part of it because a limit belongs to a
    server: a sandbox or a local fake Katana is not the production budget. Only the
    hash is kept (and, with Redis, written into key names), never the credential.
    """
    url = request.url
    origin = f"{url.scheme}://{url.host}:{url.port or ''}"
    credential = request.headers.get("Authorization", "")
    digest = hashlib.sha256(
        b"katana-client/rate-limit\0" + origin.encode() + b"\0" + credential.encode("utf-8")
    )
    return digest.hexdigest()[:32]


def _header_number(headers: Mapping[str, str], name: str) -> float | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        number = float(value.strip())
    except ValueError:
        return None
    return number if math.isfinite(number) and number >= 0 else None


def feedback_from_response(
    status_code: int, headers: Mapping[str, str], *, now: float, window: float
) -> RateLimitFeedback:
    """Read `X-Ratelimit-*` (any casing) and, on a 429, `Retry-After`.

    `X-Ratelimit-Reset` is documented as epoch milliseconds but Katana's own example is
    epoch seconds: above 1e12 it is read as milliseconds, above 1e9 as seconds, and a
    smaller number as seconds from now. `now` is the wall clock (epoch seconds). A reset
    more than two windows ahead is cut to two windows (a clock or unit error); the
    limiters cut it, and `Retry-After`, further to their `max_pause`.
    """
    limit = _header_number(headers, "X-Ratelimit-Limit")
    remaining = _header_number(headers, "X-Ratelimit-Remaining")
    reset = _header_number(headers, "X-Ratelimit-Reset")
    reset_after: float | None = None
    if reset is not None:
        if reset > 1e12:
            reset_after = reset / 1000.0 - now
        elif reset > 1e9:
            reset_after = reset - now
        else:
            reset_after = reset
        reset_after = min(max(0.0, reset_after), window * _MAX_RESET_WINDOWS)
    retry_after = None
    if status_code == 429:
        retry_after = parse_retry_after(headers.get("Retry-After"), now=now)
    return RateLimitFeedback(
        limit=int(limit) if limit is not None and limit >= 1 else None,
        remaining=int(remaining) if remaining is not None else None,
        reset_after=reset_after,
        retry_after=retry_after,
    )


# --- waiting in line ------------------------------------------------------------------


class _Waiter:
    """One request in a key's line; woken (from any thread) when it comes first."""

    __slots__ = ("event", "loop")

    def __init__(self) -> None:
        import asyncio  # noqa: PLC0415 - loaded by now: this runs inside an event loop

        self.loop = asyncio.get_running_loop()
        self.event = asyncio.Event()

    def wake(self) -> bool:
        """Tell the waiter it is first; False if its event loop is gone."""
        import asyncio  # noqa: PLC0415 - see __init__

        try:
            if asyncio.get_running_loop() is self.loop:
                self.event.set()
            else:
                # A limiter is shared by every loop and thread of the process.
                self.loop.call_soon_threadsafe(self.event.set)
        except RuntimeError:  # its loop is closed: it will never come to take its turn
            return False
        return True


class _Lines:
    """One line of waiters per key, first come first served: only the first may take a slot.

    Without a line, every waiter would poll for itself and whoever polled right after a
    slot freed would win: under load some requests got through in 1 s while others
    waited 88 s. Only the first of a line asks for a slot; the others sleep until the
    one before them has taken one or given up, so a wait costs no polling and, with
    Redis, no connection.
    """

    def __init__(self, lock: threading.Lock) -> None:
        self._lock = lock
        self._lines: dict[str, deque[_Waiter]] = {}

    def busy(self, key: str) -> bool:
        """Whether anyone waits for `key` (call with the lock held)."""
        return key in self._lines

    async def wait_turn(
        self,
        key: str,
        clock: Clock,
        take: Callable[[], Awaitable[float | None]],
        max_wait: float | None,
        limiter: str,
    ) -> float:
        """Queue for `key` and, once first, call `take` until it takes a slot.

        `take` returns None when it took a slot, else the seconds until one may free.
        Returns the seconds waited. Raises `KatanaRateLimitTimeoutError` after
        `max_wait` seconds (None: no limit).
        """
        waiter = _Waiter()
        start = clock.monotonic()
        deadline = None if max_wait is None else start + max(0.0, max_wait)
        with self._lock:
            self._lines.setdefault(key, deque()).append(waiter)
        waited = False
        try:
            while True:
                waiter.event.clear()
                with self._lock:
                    first = self._lines[key][0] is waiter
                delay = await take() if first else None
                now = clock.monotonic()
                if first and delay is None:
                    return now - start if waited else 0.0
                if deadline is not None:
                    if now >= deadline:
                        raise KatanaRateLimitTimeoutError(
                            waited=now - start, timeout=deadline - start, limiter=limiter
                        )
                    delay = deadline - now if delay is None else min(delay, deadline - now)
                await _sleep_or_wake(clock, waiter, delay, first)
                waited = True
        finally:
            self._leave(key, waiter)

    def _leave(self, key: str, waiter: _Waiter) -> None:
        with self._lock:
            line = self._lines.get(key)
            if line is None or waiter not in line:
                return  # dropped by `_leave` when its event loop was found closed
            was_first = line[0] is waiter
            line.remove(waiter)
            while was_first and line and not line[0].wake():
                line.popleft()
            if not line:
                del self._lines[key]


async def _sleep_or_wake(clock: Clock, waiter: _Waiter, seconds: float | None, first: bool) -> None:
    """Sleep `seconds` on `clock`; a waiter that is not first also wakes when it becomes so."""
    if first:
        # Nothing but time can bring the first waiter's slot closer (see `take`).
        await clock.sleep(seconds or 0.0)
        return
    if seconds is None:
        await waiter.event.wait()
        return
    import asyncio  # noqa: PLC0415 - see _Waiter

    woken = asyncio.ensure_future(waiter.event.wait())
    slept = asyncio.ensure_future(clock.sleep(seconds))
    try:
        await asyncio.wait((woken, slept), return_when=asyncio.FIRST_COMPLETED)
    finally:
        woken.cancel()
        slept.cancel()


# --- the in-process limiter -------------------------------------------------------------


class _Bucket:
    def __init__(self, limit: int) -> None:
        # When each slot frees: -inf when free for long, inf while its request is in flight.
        self.slots = [-math.inf] * limit
        self.paused_until = -math.inf
        # A lower limit from X-Ratelimit-Limit, in force until `lowered_until`.
        self.lowered = limit
        self.lowered_until = -math.inf

    def idle(self, now: float) -> bool:
        return self.paused_until <= now and self.lowered_until <= now and max(self.slots) <= now


class _Permit:
    """A taken slot of either limiter: `free` gives it back and learns, once."""

    __slots__ = ("_free", "waited")

    def __init__(self, free: Callable[[RateLimitFeedback | None], Awaitable[None]], waited: float):
        self._free: Callable[[RateLimitFeedback | None], Awaitable[None]] | None = free
        self.waited = waited

    async def release(self, feedback: RateLimitFeedback | None) -> None:
        free, self._free = self._free, None
        if free is not None:
            await free(feedback)


class _LocalPermit:
    """A slot of `LocalRateLimiter`: its release never waits, so `release_now` gives it
    back at once and the transport needs no task to keep a cancellation from cutting
    the release short (see `resilience._transport._give_back`)."""

    __slots__ = ("_free", "waited")

    def __init__(self, free: Callable[[RateLimitFeedback | None], None], waited: float):
        self._free: Callable[[RateLimitFeedback | None], None] | None = free
        self.waited = waited

    def release_now(self, feedback: RateLimitFeedback | None) -> None:
        """Give the slot back and learn from `feedback`, once, without waiting."""
        free, self._free = self._free, None
        if free is not None:
            free(feedback)

    async def release(self, feedback: RateLimitFeedback | None) -> None:
        self.release_now(feedback)


class LocalRateLimiter:
    """An in-process limiter: `limit` requests per `window` seconds for each key.

    One instance serves any number of clients, event loops and threads; by default
    every `KatanaClient` in the process uses the same one (`shared_rate_limiter()`), so
    clients with the same key share one budget. For several processes or hosts sharing
    a key, use `RedisRateLimiter`.

    Requests wait in line per key and are served first come, first served. Each waits
    at most its `max_wait` (for requests of a `KatanaClient`, the request's `pool`
    timeout), then raises `KatanaRateLimitTimeoutError` without being sent; a cancelled
    wait leaves the line at once.

    It adapts to Katana's headers, always for a bounded time: a lower
    `X-Ratelimit-Limit` lowers its limit (never above the configured one) until a window
    passes without Katana saying so again; `X-Ratelimit-Remaining` below the free slots
    holds the excess until `X-Ratelimit-Reset`; a 429's `Retry-After` pauses the key.
    A hold or a pause lasts at most `max_pause` seconds, whatever the header says
    (`Retry-After: 86400`, an HTTP date decades ahead).

    Args:
        limit: Requests per window (Katana's default is 60).
        window: Window length in seconds (Katana's default is 60).
        max_pause: Longest pause or hold a response may impose, in seconds. Default:
            one window (60 s), as `RetryPolicy.max_retry_after`.
        clock: Time source; tests pass a fake.
    """

    def __init__(
        self,
        limit: int = 60,
        window: float = 60.0,
        *,
        max_pause: float | None = None,
        clock: Clock = SYSTEM_CLOCK,
    ):
        """See the class docstring."""
        if limit < 1 or window <= 0 or (max_pause is not None and max_pause < 0):
            raise ValueError("limit must be at least 1, window positive, max_pause not negative")
        self.limit = limit
        self.window = window
        self.max_pause = window if max_pause is None else max_pause
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        # A threading lock, not an asyncio one: asyncio primitives belong to one event
        # loop, and this limiter is shared by every loop in the process. The lock is
        # never held across an await.
        self._lock = threading.Lock()
        self._lines = _Lines(self._lock)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit}, window={self.window})"

    async def acquire(self, key: str, *, max_wait: float | None = None) -> RateLimitPermit:
        """Wait in line for a free slot of `key`'s bucket and take it.

        Raises:
            KatanaRateLimitTimeoutError: No slot within `max_wait` seconds (None: no limit).
        """
        taken: list[tuple[_Bucket, int]] = []

        async def take() -> float | None:
            with self._lock:
                now = self._clock.monotonic()
                bucket = self._bucket(key, now)
                slot, delay = self._free_slot(bucket, now)
                if slot is None:
                    return delay
                bucket.slots[slot] = math.inf
                taken.append((bucket, slot))
                return None

        waited = await self._lines.wait_turn(key, self._clock, take, max_wait, repr(self))
        bucket, slot = taken[0]
        return _LocalPermit(functools.partial(self._release, bucket, slot), waited)

    def _bucket(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            if len(self._buckets) >= _PRUNE_AT:
                # Many tenants' keys come and go; an idle bucket nobody waits for is
                # forgettable.
                for old, held in list(self._buckets.items()):
                    if held.idle(now) and not self._lines.busy(old):
                        del self._buckets[old]
            bucket = self._buckets[key] = _Bucket(self.limit)
        return bucket

    def _free_slot(self, bucket: _Bucket, now: float) -> tuple[int | None, float]:
        """A free slot's index, or None and the seconds until one may free.

        The seconds are never more than the real wait (a slot in flight counts as one
        window away, the soonest it can free), so the first waiter may simply sleep
        them and look again.
        """
        if bucket.paused_until > now:
            return None, bucket.paused_until - now
        limit = bucket.lowered if bucket.lowered_until > now else self.limit
        busy = [free_at for free_at in bucket.slots if free_at > now]
        if len(busy) < limit:
            return bucket.slots.index(min(bucket.slots)), 0.0
        busy.sort()
        frees = busy[len(busy) - limit]
        delay = self.window if frees == math.inf else frees - now
        if bucket.lowered_until > now:
            delay = min(delay, bucket.lowered_until - now)
        return None, delay

    def _release(self, bucket: _Bucket, slot: int, feedback: RateLimitFeedback | None) -> None:
        with self._lock:
            now = self._clock.monotonic()
            bucket.slots[slot] = now + self.window
            if feedback is None:
                return
            if feedback.limit is not None and feedback.limit < self.limit:
                # For one window from this response: Katana repeats its limit on every
                # answer, so a lower limit that is real stays lowered, and one that was a
                # mistake (or a server's lie) is forgotten after a window.
                bucket.lowered = feedback.limit
                bucket.lowered_until = now + self.window
            elif feedback.limit is not None:
                bucket.lowered_until = -math.inf
            if feedback.retry_after is not None:
                pause = min(feedback.retry_after, self.max_pause)
                bucket.paused_until = max(bucket.paused_until, now + pause)
            if feedback.remaining is not None and feedback.reset_after is not None:
                # Katana counts requests this limiter did not send (another program with
                # the same key): hold the free slots it has no budget for until the reset.
                hold = now + min(feedback.reset_after, self.max_pause)
                free = sorted(
                    (s for s, at in enumerate(bucket.slots) if at <= now),
                    key=bucket.slots.__getitem__,
                )
                for held in free[feedback.remaining :]:
                    bucket.slots[held] = max(bucket.slots[held], hold)


_SHARED: Final = LocalRateLimiter()


def shared_rate_limiter() -> LocalRateLimiter:
    """The process-wide limiter (60 per 60 s per key) that clients use by default."""
    return _SHARED
