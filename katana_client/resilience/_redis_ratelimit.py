"""A rate limiter shared through Redis by many processes or hosts using one API key.

Same slot scheme as `LocalRateLimiter` (a slot frees `window` seconds after its
response arrived), kept in one sorted set per key and changed only by one Lua script,
so that taking a slot is atomic across processes. The script reads the time from the
Redis server (`TIME`), never from the callers, whose clocks may disagree. Redis key
names hold a hash of the API key, never the key.

Within a process, requests wait in one line per key, first come first served, and
only the first of each line asks Redis: a thousand waiting requests cost one polling
connection, not a thousand.

Needs the `redis` extra: `pip install 'katana-client[redis]'`.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from collections.abc import AsyncGenerator, Awaitable
from typing import TYPE_CHECKING, Any, Final, TypeVar

from katana_client._errors import KatanaConfigError, KatanaRateLimiterError

from ._clock import SYSTEM_CLOCK, Clock
from ._logging import logger
from ._ratelimit import RateLimitFeedback, RateLimitPermit, _Lines, _Permit

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisRateLimiter"]

# KEYS[1]: sorted set of taken slots; member = permit id, score = µs (Redis time) when
#          the slot frees.
# KEYS[2]: µs (Redis time) until which the key is paused (after a 429), or absent.
# ARGV[1]: "acquire" | "release" | "forget" | "pause" | "hold"
#   acquire: ARGV[2] limit, ARGV[3] window µs, ARGV[4] lease µs, ARGV[5] permit id
#            -> {1, 0} when taken, {0, µs to wait} when not
#   release: ARGV[2] permit id, ARGV[3] window µs           -> {1, 0}
#   forget:  ARGV[2] permit id (taken, never sent)         -> {1, 0}
#   pause:   ARGV[2] µs from now                            -> {1, 0}
#   hold:    ARGV[2] limit, ARGV[3] remaining, ARGV[4] µs from now, ARGV[5] id prefix
#            -> {1, 0}; takes the free slots beyond `remaining` until then
# A taken slot is first scored window + lease ahead (if its process dies, the slot
# frees by itself); release moves it to window after the response arrived.
_SCRIPT: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local op = ARGV[1]
if op == 'acquire' then
  local limit = tonumber(ARGV[2])
  local window = tonumber(ARGV[3])
  local lease = tonumber(ARGV[4])
  local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
  if paused > now then
    return {0, paused - now}
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  local used = redis.call('ZCARD', KEYS[1])
  if used < limit then
    redis.call('ZADD', KEYS[1], now + window + lease, ARGV[5])
    redis.call('PEXPIRE', KEYS[1], math.ceil((window + lease) / 1000))
    return {1, 0}
  end
  local nth = redis.call('ZRANGE', KEYS[1], used - limit, used - limit, 'WITHSCORES')
  -- A slot still in flight is scored window + lease ahead, but frees as soon as its
  -- response arrives plus one window: no waiter needs to sleep longer than a window.
  return {0, math.min(tonumber(nth[2]) - now, window)}
elseif op == 'release' then
  redis.call('ZADD', KEYS[1], 'XX', now + tonumber(ARGV[3]), ARGV[2])
  return {1, 0}
elseif op == 'forget' then
  redis.call('ZREM', KEYS[1], ARGV[2])
  return {1, 0}
elseif op == 'pause' then
  local untilt = now + tonumber(ARGV[2])
  local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
  if untilt > paused then
    redis.call('SET', KEYS[2], untilt, 'PX', math.ceil(tonumber(ARGV[2]) / 1000) + 1)
  end
  return {1, 0}
elseif op == 'hold' then
  redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
  local excess = tonumber(ARGV[2]) - redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[3])
  local untilt = now + tonumber(ARGV[4])
  for i = 1, excess do
    redis.call('ZADD', KEYS[1], untilt, ARGV[5] .. i)
  end
  if excess > 0 and redis.call('PTTL', KEYS[1]) < math.ceil(tonumber(ARGV[4]) / 1000) then
    redis.call('PEXPIRE', KEYS[1], math.ceil(tonumber(ARGV[4]) / 1000) + 1)
  end
  return {1, 0}
end
return redis.error_reply('unknown op')
"""

_US: Final = 1_000_000
# For a limiter built from a URL (a URL's own `?max_connections=`, `?timeout=`,
# `?socket_timeout=`, `?socket_connect_timeout=` win): few connections, since only the
# first waiter of each key polls and releases are short; a wait for a free connection
# instead of redis-py's MaxConnectionsError; no Redis call that hangs on a dead server.
_URL_DEFAULTS: Final[dict[str, Any]] = {
    "max_connections": 20,
    "timeout": 10.0,
    "socket_timeout": 5.0,
    "socket_connect_timeout": 5.0,
}

T = TypeVar("T")

_TAKE: Final = "take a slot, so the request was not sent"


class RedisRateLimiter:
    """A limiter whose slots live in Redis: one budget for every process on a key.

    Example::

        limiter = RedisRateLimiter("redis://cache:6379/0")
        client = KatanaClient(rate_limit=limiter)

    Requests of one process wait in line per key, first come first served, each for at
    most its `max_wait` (a `KatanaClient` passes the request's `pool` timeout), and only
    the first of each line polls Redis. Across processes, the first waiters of each
    process compete for the slots as they free. Katana's headers are used as by
    `LocalRateLimiter`, for a bounded time: a lower `X-Ratelimit-Limit` for one window,
    `X-Ratelimit-Remaining` until `X-Ratelimit-Reset`, a 429's `Retry-After`; a pause or
    hold lasts at most `max_pause`.

    A Redis failure (server down, connection refused, timeout) raises
    `KatanaRateLimiterError` and the request is not sent; a failure while releasing a
    slot after the response is only logged (the slot frees by itself after its lease).

    Args:
        redis: A `redis.asyncio.Redis` client (you keep closing it; give it a
            `BlockingConnectionPool` and socket timeouts), or a `redis://` URL for one
            this limiter creates and `aclose()` closes: a blocking pool of 20
            connections (a request waits up to 10 s for one), 5 s socket timeouts; the
            URL's `?max_connections=`, `?timeout=`, `?socket_timeout=` and
            `?socket_connect_timeout=` change them.
        limit: Requests per window (Katana's default is 60).
        window: Window length in seconds (Katana's default is 60).
        lease: Seconds a slot stays taken beyond the window if its process dies before
            the response arrives; longer than any request takes.
        max_pause: Longest pause or hold a response may impose, in seconds. Default:
            one window (60 s), as `RetryPolicy.max_retry_after`.
        prefix: Start of the Redis key names.
        clock: Sleeps between polls; tests pass a fake. Time itself comes from Redis.
    """

    def __init__(
        self,
        redis: Redis | str,
        *,
        limit: int = 60,
        window: float = 60.0,
        lease: float = 60.0,
        max_pause: float | None = None,
        prefix: str = "katana-client:ratelimit",
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        """See the class docstring."""
        if limit < 1 or window <= 0 or lease < 0 or (max_pause is not None and max_pause < 0):
            raise ValueError(
                "limit must be at least 1, window positive, lease and max_pause not negative"
            )
        if isinstance(redis, str):
            # The optional extra, loaded on use.
            from redis.asyncio import BlockingConnectionPool, Redis  # noqa: PLC0415

            try:
                pool = BlockingConnectionPool.from_url(redis, **_URL_DEFAULTS)
            except (ValueError, TypeError) as exc:
                # The URL may hold a password: neither it nor redis-py's message (which
                # can quote the URL) goes into the error.
                raise KatanaConfigError(
                    "RedisRateLimiter: the Redis URL is invalid (expected "
                    f"redis://[[user]:password@]host[:port][/db], {type(exc).__name__})"
                ) from None
            # Never connected: it checks the URL and names the server in errors. Each
            # event loop gets a pool of its own (`_here`): redis-py's connections belong
            # to the loop that opened them, and a limiter outlives loops (one
            # `asyncio.run` after another, a `SyncKatanaClient` per job).
            self._redis: Any = Redis(connection_pool=pool)
            self._url: str | None = redis
        else:
            self._redis = redis
            self._url = None
        # Per loop: (what closes its connections, the script bound to its client).
        self._made: dict[asyncio.AbstractEventLoop, tuple[AsyncGenerator[None, None], Any]] = {}
        self._made_lock = threading.Lock()
        self.limit = limit
        self.window = window
        self.lease = lease
        self.max_pause = window if max_pause is None else max_pause
        self.prefix = prefix
        self._clock = clock
        self._script = self._redis.register_script(_SCRIPT)
        self._lines = _Lines(threading.Lock())
        # Lowered by X-Ratelimit-Limit, per key, for one window: (limit, until).
        self._limits: dict[str, tuple[int, float]] = {}
        # Clean-ups that must outlive a cancelled wait (see `acquire`).
        self._cleanups: set[asyncio.Task[None]] = set()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit}, window={self.window})"

    def _keys(self, key: str) -> list[str]:
        # The hash tag {…} keeps both keys in one Redis Cluster slot, as a script needs.
        return [f"{self.prefix}:{{{key}}}:slots", f"{self.prefix}:{{{key}}}:paused"]

    def _here(self) -> Any:
        """The limiter's script, bound to a Redis client of the running event loop."""
        if self._url is None:
            return self._script
        loop = asyncio.get_running_loop()
        made = self._made.get(loop)
        if made is None:
            from redis.asyncio import BlockingConnectionPool, Redis  # noqa: PLC0415

            with self._made_lock:
                # Loops that have ended: their connections ended with them.
                for ended in [key for key in self._made if key.is_closed()]:
                    del self._made[ended]
                pool = BlockingConnectionPool.from_url(self._url, **_URL_DEFAULTS)
                client = Redis(connection_pool=pool)
                # Started here, so that the loop's async generator hooks track it: its
                # `finally` closes the connections when the loop shuts down
                # (`shutdown_asyncgens`, as asyncio.run and SyncKatanaClient end).
                closer = _close_at_shutdown(client, pool)
                with contextlib.suppress(StopIteration):
                    closer.asend(None).send(None)
                made = self._made[loop] = (closer, client.register_script(_SCRIPT))
        return made[1]

    def _backend(self) -> str:
        kwargs = getattr(getattr(self._redis, "connection_pool", None), "connection_kwargs", {})
        if "path" in kwargs:
            return f"Redis at unix socket {kwargs['path']}"
        return (
            f"Redis at {kwargs.get('host', '?')}:{kwargs.get('port', '?')} db {kwargs.get('db', 0)}"
        )

    async def _run(self, what: str, call: Awaitable[T]) -> T:
        """Await a Redis call; its failure becomes a `KatanaRateLimiterError`."""
        from redis.exceptions import RedisError  # noqa: PLC0415 - optional extra

        try:
            return await call
        except (RedisError, OSError) as exc:
            backend = self._backend()
            raise KatanaRateLimiterError(
                f"RedisRateLimiter could not {what}: {backend} failed ({type(exc).__name__}). "
                "Check that Redis is running and reachable from here.",
                backend=backend,
            ) from exc
        except RuntimeError as exc:  # a Redis client of yours, made on another event loop
            backend = self._backend()
            raise KatanaRateLimiterError(
                f"RedisRateLimiter could not {what}: its Redis client belongs to another "
                "event loop (a client made by you serves the loop it was made on). Pass "
                "the URL instead: the limiter then connects on each loop.",
                backend=backend,
            ) from exc

    def _limit(self, key: str) -> int:
        lowered = self._limits.get(key)
        if lowered is None:
            return self.limit
        if lowered[1] <= self._clock.monotonic():
            del self._limits[key]
            return self.limit
        return lowered[0]

    async def acquire(self, key: str, *, max_wait: float | None = None) -> RateLimitPermit:
        """Wait in line until Redis grants a slot of `key`'s bucket.

        Raises:
            KatanaRateLimitTimeoutError: No slot within `max_wait` seconds (None: no limit).
            KatanaRateLimiterError: Redis failed.
        """
        permit_id = uuid.uuid4().hex
        keys = self._keys(key)
        window_us, lease_us = int(self.window * _US), int(self.lease * _US)

        async def take() -> float | None:
            args = ["acquire", self._limit(key), window_us, lease_us, permit_id]
            try:
                taken, wait_us = await self._run(_TAKE, self._here()(keys=keys, args=args))
            except asyncio.CancelledError:
                # Redis may have granted the slot just before: give it back, in a task
                # of its own, since this one is being cancelled.
                forget = self._here()(keys=keys, args=["forget", permit_id])
                cleanup = asyncio.ensure_future(_logged(self._run("give back a slot", forget)))
                self._cleanups.add(cleanup)
                cleanup.add_done_callback(self._cleanups.discard)
                raise
            if int(taken) == 1:
                return None
            delay = max(int(wait_us), 1000) / _US
            lowered = self._limits.get(key)
            if lowered is not None:  # the configured limit returns then: look again
                delay = min(delay, max(lowered[1] - self._clock.monotonic(), 0.001))
            return delay

        waited = await self._lines.wait_turn(key, self._clock, take, max_wait, repr(self))
        return _Permit(lambda feedback: _logged(self._release(key, permit_id, feedback)), waited)

    async def _release(self, key: str, permit_id: str, feedback: RateLimitFeedback | None) -> None:
        keys = self._keys(key)
        window_us = int(self.window * _US)
        await self._run(
            "release a slot", self._here()(keys=keys, args=["release", permit_id, window_us])
        )
        if feedback is None:
            return
        if feedback.limit is not None and feedback.limit < self.limit:
            # One window from this response, as LocalRateLimiter does.
            if len(self._limits) >= 1024:
                self._limits.clear()  # many tenants: forgetting only costs a 429 or two
            self._limits[key] = (feedback.limit, self._clock.monotonic() + self.window)
        elif feedback.limit is not None:
            self._limits.pop(key, None)
        if feedback.retry_after is not None:
            pause = min(feedback.retry_after, self.max_pause)
            if pause > 0:
                await self._run("pause", self._here()(keys=keys, args=["pause", int(pause * _US)]))
        if feedback.remaining is not None and feedback.reset_after is not None:
            # Not a pause of the whole key until the reset: Katana's reset comes in whole
            # seconds, and waiting for it (up to a second late) when every slot was ours
            # anyway cost a third of the budget. Only slots beyond Katana's count wait.
            hold_us = int(min(feedback.reset_after, self.max_pause) * _US)
            if hold_us > 0:
                args = ["hold", self._limit(key), feedback.remaining, hold_us, f"hold:{permit_id}:"]
                await self._run("hold slots", self._here()(keys=keys, args=args))

    async def aclose(self) -> None:
        """Close the Redis connections this limiter made on the running event loop (those
        of loops that have ended ended with them); a client you passed stays open."""
        # Slots given back by cancelled waits first, while the connections still work.
        await asyncio.gather(*self._cleanups, return_exceptions=True)
        if self._url is None:
            return
        with self._made_lock:
            made = self._made.pop(asyncio.get_running_loop(), None)
        if made is not None:
            await made[0].aclose()


async def _close_at_shutdown(client: Any, pool: Any) -> AsyncGenerator[None, None]:
    try:
        yield
    finally:
        await client.aclose()
        await pool.disconnect()


async def _logged(call: Awaitable[object]) -> None:
    """Await a slot's return, logging a Redis failure rather than raising it: the request
    is over (its response arrived, or it was never sent) and must not fail for it now,
    and a slot not given back frees by itself after its lease."""
    try:
        await call
    except KatanaRateLimiterError as error:
        logger.warning("%s; the slot frees by itself after its lease", error)
