"""Keep under Katana's rate limit (60 requests per 60 s per key) before Katana says 429.

The limiter hands out `limit` slots per key. A slot is taken when a request is sent and
becomes free again `window` seconds after that request's response has arrived (not after
it was sent). Katana sees a request somewhere between those two moments, so two uses of
one slot always reach Katana more than `window` apart, whatever the network latency:
Katana never sees more than `limit` requests in any `window`, and a busy client still
gets within a round-trip of the full rate. A 429 stays handled by the retry loop as a
backstop (another program using the same key, a changed limit).
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections.abc import Mapping
from typing import Final, Protocol

import httpx
from attrs import frozen

from katana_client._errors import parse_retry_after

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
        limit: `X-Ratelimit-Limit`, requests per window, or None.
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

    async def acquire(self, key: str) -> RateLimitPermit:
        """Wait until a request for `key` (a hash of the credentials) may be sent."""
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
    smaller number as seconds from now. `now` is the wall clock (epoch seconds).
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


class _Slot:
    __slots__ = ("free_at",)

    def __init__(self, free_at: float) -> None:
        self.free_at = free_at  # math.inf while its request is in flight


class _Bucket:
    def __init__(self, limit: int) -> None:
        self.slots = [_Slot(-math.inf) for _ in range(limit)]
        self.paused_until = -math.inf


class _LocalPermit:
    def __init__(self, limiter: LocalRateLimiter, bucket: _Bucket, slot: _Slot, waited: float):
        self._limiter = limiter
        self._bucket = bucket
        self._slot = slot
        self._waited = waited
        self._released = False

    @property
    def waited(self) -> float:
        return self._waited

    async def release(self, feedback: RateLimitFeedback | None) -> None:
        if not self._released:
            self._released = True
            self._limiter._release(self._bucket, self._slot, feedback)


class LocalRateLimiter:
    """An in-process limiter: `limit` requests per `window` seconds for each key.

    One instance serves any number of clients, event loops and threads; by default
    every `KatanaClient` in the process uses the same one (`shared_rate_limiter()`), so
    clients with the same key share one budget. For several processes or hosts sharing
    a key, use `RedisRateLimiter`.

    It adapts to Katana's headers: a lower `X-Ratelimit-Limit` lowers its limit (never
    above the configured one), `X-Ratelimit-Remaining` below the free slots holds the
    excess until `X-Ratelimit-Reset`, and a 429's `Retry-After` pauses the key.

    Args:
        limit: Requests per window (Katana's default is 60).
        window: Window length in seconds (Katana's default is 60).
        clock: Time source; tests pass a fake.
    """

    def __init__(self, limit: int = 60, window: float = 60.0, *, clock: Clock = SYSTEM_CLOCK):
        """See the class docstring."""
        if limit < 1 or window <= 0:
            raise ValueError("limit must be at least 1 and window positive")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._buckets: dict[str, _Bucket] = {}
        # A threading lock, not an asyncio one: asyncio primitives belong to one event
        # loop, and this limiter is shared by every loop in the process. The lock is
        # never held across an await.
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit}, window={self.window})"

    async def acquire(self, key: str) -> RateLimitPermit:
        """Wait for a free slot of `key`'s bucket and take it."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock.monotonic()
                bucket = self._buckets.get(key)
                if bucket is None:
                    if len(self._buckets) >= _PRUNE_AT:
                        self._prune(now)
                    bucket = self._buckets[key] = _Bucket(self.limit)
                delay = self._delay(bucket, now)
                if delay <= 0:
                    slot = min(bucket.slots, key=_free_at)
                    slot.free_at = math.inf
                    return _LocalPermit(self, bucket, slot, waited)
            await self._clock.sleep(delay)
            waited += delay

    def _prune(self, now: float) -> None:
        # Many tenants' keys come and go; a bucket with every slot free is forgettable.
        for key, bucket in list(self._buckets.items()):
            if bucket.paused_until <= now and all(s.free_at <= now for s in bucket.slots):
                del self._buckets[key]

    def _delay(self, bucket: _Bucket, now: float) -> float:
        if bucket.paused_until > now:
            return bucket.paused_until - now
        first = min(slot.free_at for slot in bucket.slots)
        if first == math.inf:
            # Every slot is in flight; the earliest can free is one window from now.
            return self.window
        return first - now

    def _release(self, bucket: _Bucket, slot: _Slot, feedback: RateLimitFeedback | None) -> None:
        with self._lock:
            now = self._clock.monotonic()
            slot.free_at = now + self.window
            if feedback is not None:
                self._adapt(bucket, feedback, now)

    def _adapt(self, bucket: _Bucket, feedback: RateLimitFeedback, now: float) -> None:
        if feedback.limit is not None and feedback.limit < len(bucket.slots):
            # Drop the slots that would free first; in-flight ones last.
            bucket.slots.sort(key=_free_at, reverse=True)
            del bucket.slots[feedback.limit :]
        if feedback.retry_after is not None:
            bucket.paused_until = max(bucket.paused_until, now + feedback.retry_after)
        if feedback.remaining is not None and feedback.reset_after is not None:
            # Katana counts requests this limiter did not send (another program with
            # the same key): hold the free slots it has no budget for until the reset.
            free = sorted((s for s in bucket.slots if s.free_at <= now), key=_free_at)
            for slot in free[feedback.remaining :]:
                slot.free_at = now + feedback.reset_after


def _free_at(slot: _Slot) -> float:
    return slot.free_at


_SHARED: LocalRateLimiter | None = None
_SHARED_LOCK = threading.Lock()


def shared_rate_limiter() -> LocalRateLimiter:
    """The process-wide limiter (60 per 60 s per key) that clients use by default."""
    global _SHARED
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = LocalRateLimiter()
        return _SHARED
