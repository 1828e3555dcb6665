"""A rate limiter shared through Redis by many processes or hosts using one API key.

Same slot scheme as `LocalRateLimiter` (a slot frees `window` seconds after its
response arrived), kept in one sorted set per key and changed only by one Lua script,
so that taking a slot is atomic across processes. The script reads the time from the
Redis server (`TIME`), never from the callers, whose clocks may disagree. Redis key
names hold a hash of the API key, never the key.

Needs the `redis` extra: `pip install 'katana-client[redis]'`.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any, Final

from ._clock import SYSTEM_CLOCK, Clock
from ._ratelimit import RateLimitFeedback, RateLimitPermit

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisRateLimiter"]

# KEYS[1]: sorted set of taken slots; member = permit id, score = µs (Redis time) when
#          the slot frees.
# KEYS[2]: µs (Redis time) until which the key is paused (after a 429), or absent.
# ARGV[1]: "acquire" | "release" | "pause"
#   acquire: ARGV[2] limit, ARGV[3] window µs, ARGV[4] lease µs, ARGV[5] permit id
#            -> {1, 0} when taken, {0, µs to wait} when not
#   release: ARGV[2] permit id, ARGV[3] window µs           -> {1, 0}
#   pause:   ARGV[2] µs from now                            -> {1, 0}
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
elseif op == 'pause' then
  local untilt = now + tonumber(ARGV[2])
  local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
  if untilt > paused then
    redis.call('SET', KEYS[2], untilt, 'PX', math.ceil(tonumber(ARGV[2]) / 1000) + 1)
  end
  return {1, 0}
end
return redis.error_reply('unknown op')
"""

_US: Final = 1_000_000


class _RedisPermit:
    def __init__(self, limiter: RedisRateLimiter, key: str, permit_id: str, waited: float):
        self._limiter = limiter
        self._key = key
        self._id = permit_id
        self._waited = waited
        self._released = False

    @property
    def waited(self) -> float:
        return self._waited

    async def release(self, feedback: RateLimitFeedback | None) -> None:
        if not self._released:
            self._released = True
            await self._limiter._release(self._key, self._id, feedback)


class RedisRateLimiter:
    """A limiter whose slots live in Redis: one budget for every process on a key.

    Example::

        from redis.asyncio import Redis
        limiter = RedisRateLimiter(Redis.from_url("redis://cache:6379/0"))
        client = KatanaClient(rate_limit=limiter)

    Args:
        redis: A `redis.asyncio.Redis` client (you keep closing it), or a URL for one
            this limiter creates and `aclose()` closes.
        limit: Requests per window (Katana's default is 60).
        window: Window length in seconds (Katana's default is 60).
        lease: Seconds a slot stays taken beyond the window if its process dies before
            the response arrives; longer than any request takes.
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
        prefix: str = "katana-client:ratelimit",
        clock: Clock = SYSTEM_CLOCK,
    ) -> None:
        """See the class docstring."""
        if limit < 1 or window <= 0 or lease < 0:
            raise ValueError("limit must be at least 1, window positive, lease not negative")
        if isinstance(redis, str):
            from redis.asyncio import Redis  # noqa: PLC0415 - optional extra, loaded on use

            self._redis: Any = Redis.from_url(redis)
            self._owns_redis = True
        else:
            self._redis = redis
            self._owns_redis = False
        self.limit = limit
        self.window = window
        self.lease = lease
        self.prefix = prefix
        self._clock = clock
        self._script = self._redis.register_script(_SCRIPT)
        # Lowered by X-Ratelimit-Limit; per key, learned by this process.
        self._limits: dict[str, int] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(limit={self.limit}, window={self.window})"

    def _keys(self, key: str) -> list[str]:
        # The hash tag {…} keeps both keys in one Redis Cluster slot, as a script needs.
        return [f"{self.prefix}:{{{key}}}:slots", f"{self.prefix}:{{{key}}}:paused"]

    async def acquire(self, key: str) -> RateLimitPermit:
        """Wait until Redis grants a slot of `key`'s bucket, polling when told to wait."""
        permit_id = uuid.uuid4().hex
        keys = self._keys(key)
        waited = 0.0
        while True:
            limit = self._limits.get(key, self.limit)
            taken, wait_us = await self._script(
                keys=keys,
                args=[
                    "acquire",
                    limit,
                    int(self.window * _US),
                    int(self.lease * _US),
                    permit_id,
                ],
            )
            if int(taken) == 1:
                return _RedisPermit(self, key, permit_id, waited)
            delay = max(int(wait_us), 1000) / _US
            await self._clock.sleep(delay)
            waited += delay

    async def _release(self, key: str, permit_id: str, feedback: RateLimitFeedback | None) -> None:
        keys = self._keys(key)
        await self._script(keys=keys, args=["release", permit_id, int(self.window * _US)])
        if feedback is None:
            return
        if feedback.limit is not None and feedback.limit < self._limits.get(key, self.limit):
            self._limits[key] = feedback.limit
        pause = feedback.retry_after
        if feedback.remaining == 0 and feedback.reset_after is not None:
            pause = max(pause or 0.0, feedback.reset_after)
        if pause:
            await self._script(keys=keys, args=["pause", int(pause * _US)])

    async def aclose(self) -> None:
        """Close the Redis client if this limiter created it from a URL."""
        if self._owns_redis:
            await self._redis.aclose()
