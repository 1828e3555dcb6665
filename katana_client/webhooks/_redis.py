"""`RedisDeliveryStore`: which webhook deliveries were handled, shared by many workers.

Keys, for the default prefix and a key `scope:identity` made by `idempotent`:

- `katana:webhooks:<scope>:<identity>`: when the delivery was handled (`time.time()`),
  expiring after `remember_for`;
- `katana:webhooks:<scope>:<identity>:refused`: when a first attempt of it was
  refused with 409 while another run held it, expiring after `remember_for`;
- `katana:webhooks:<scope>:<identity>:claim`: the owner token of the run that holds
  it, taken with `SET NX PX` while a worker runs the delivery, so that no other runs
  it at the same time; expires after `lock_for` should the worker die; deleted only
  by its owner (a Lua compare-and-delete).

Nothing of the delivery's body is stored: the identity is a hash of it.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from typing import TYPE_CHECKING, TypeVar

from katana_client._errors import KatanaConfigError, WebhookError
from katana_client.auth._providers._optional import require

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["RedisDeliveryStore"]

T = TypeVar("T")
_logger = logging.getLogger("katana_client.webhooks")


class RedisDeliveryStore:
    """A `DeliveryStore` in Redis: a delivery handled by one worker is skipped by all.

    Needs redis-py (the `[redis]` extra), imported on first use. Its size is bounded
    by time: each key expires (`remember_for`, `lock_for` of `idempotent`).

    A Redis failure refuses the delivery with `WebhookError(503)` (Katana delivers it
    again), logged at ERROR with the error's type only (redis-py messages may show the
    URL and its password).

    Args:
        redis: A `redis.asyncio.Redis` client (yours to close), or a URL (the store
            makes a client, which connects on first use; close it with `aclose()`).
        prefix: Key name prefix.

    Raises:
        KatanaConfigError: redis-py is not installed, or `redis` is no Redis URL (the
            message does not quote it: it may hold a password).
    """

    def __init__(self, redis: str | Redis, *, prefix: str = "katana:webhooks") -> None:
        """Keep delivery identities under `prefix`."""
        require("redis", extra="redis", feature="RedisDeliveryStore")
        self._owned = isinstance(redis, str)
        if isinstance(redis, str):
            from redis.asyncio import Redis  # noqa: PLC0415 (import cost)

            try:
                redis = Redis.from_url(redis)
            except ValueError:
                raise KatanaConfigError("RedisDeliveryStore: that is no Redis URL") from None
        self._client: Redis = redis
        self.prefix = prefix
        self._finish_script = redis.register_script(_FINISH)

    async def claim(self, key: str, seconds: float, owner: str) -> bool:
        """`SET NX PX` `owner` on the claim key."""
        taken = self._client.set(f"{self.prefix}:{key}:claim", owner, nx=True, px=_ms(seconds))
        return bool(await self._call("SET NX", taken))

    async def handled_at(self, key: str) -> float | None:
        """`GET` the handled key: its timestamp, or None."""
        value = await self._call("GET", self._client.get(f"{self.prefix}:{key}"))
        return None if value is None else float(value)

    async def handled(self, key: str, at: float, remember_for: float, owner: str) -> None:
        """`SET PX` the handled key and release `owner`'s claim, in one script."""
        await self._finish(key, owner, "handled", repr(at), _ms(remember_for))

    async def failed(self, key: str, owner: str) -> None:
        """`DEL` the handled key and release `owner`'s claim, in one script."""
        await self._finish(key, owner, "failed")

    async def release(self, key: str, owner: str) -> None:
        """`DEL` the claim if `owner` still holds it (compared in the script)."""
        await self._finish(key, owner, "release")

    async def _finish(self, key: str, owner: str, *how: str | int) -> None:
        keys = [f"{self.prefix}:{key}", f"{self.prefix}:{key}:claim"]
        await self._call("EVALSHA", self._finish_script(keys=keys, args=[owner, *how]))

    async def aclose(self) -> None:
        """Close the client the store made from a URL (not one you passed in)."""
        if self._owned:
            await self._client.aclose()

    async def _call(self, command: str, operation: Awaitable[T]) -> T:
        from redis.exceptions import RedisError  # noqa: PLC0415 (import cost)

        try:
            return await operation
        except (RedisError, OSError) as exc:
            _logger.error("Redis %s for webhook deliveries failed: %s", command, type(exc).__name__)
            raise WebhookError(503, "The webhook delivery store is unavailable") from None

    def __repr__(self) -> str:
        return f"RedisDeliveryStore(prefix={self.prefix!r})"


# KEYS: handled key, claim key. ARGV: owner, "handled" (then at, px) | "failed" | "release".
_FINISH = """
if ARGV[2] == 'handled' then
  redis.call('SET', KEYS[1], ARGV[3], 'PX', ARGV[4])
elseif ARGV[2] == 'failed' then
  redis.call('DEL', KEYS[1])
end
if redis.call('GET', KEYS[2]) == ARGV[1] then
  redis.call('DEL', KEYS[2])
end
return 0
"""


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))
