"""`RedisDeliveryStore`: which webhook deliveries were handled, shared by many workers.

Keys, for the default prefix and a key `scope:identity` made by `idempotent`:

- `katana:webhooks:<scope>:<identity>`: when the delivery was handled (`time.time()`),
  expiring after `remember_for`;
- `katana:webhooks:<scope>:<identity>:refused`: when a first attempt of it was
  refused with 409 while another run held it, expiring after `remember_for`;
- `katana:webhooks:<scope>:<identity>:claim`: taken with `SET NX PX` while a worker
  runs the delivery, so that no other runs it at the same time; expires after
  `lock_for` should the worker die.

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

    async def claim(self, key: str, seconds: float) -> bool:
        """`SET NX PX` on the claim key."""
        taken = self._client.set(f"{self.prefix}:{key}:claim", 1, nx=True, px=_ms(seconds))
        return bool(await self._call("SET NX", taken))

    async def handled_at(self, key: str) -> float | None:
        """`GET` the handled key: its timestamp, or None."""
        value = await self._call("GET", self._client.get(f"{self.prefix}:{key}"))
        return None if value is None else float(value)

    async def handled(self, key: str, at: float, remember_for: float) -> None:
        """`SET PX` the handled key and `DEL` the claim, in one transaction."""
        async with self._client.pipeline(transaction=True) as pipe:
            pipe.set(f"{self.prefix}:{key}", repr(at), px=_ms(remember_for))
            pipe.delete(f"{self.prefix}:{key}:claim")
            await self._call("SET/DEL", pipe.execute())

    async def failed(self, key: str) -> None:
        """`DEL` the handled key and the claim."""
        keys = (f"{self.prefix}:{key}", f"{self.prefix}:{key}:claim")
        await self._call("DEL", self._client.delete(*keys))

    async def release(self, key: str) -> None:
        """`DEL` the claim."""
        await self._call("DEL", self._client.delete(f"{self.prefix}:{key}:claim"))

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


def _ms(seconds: float) -> int:
    return max(1, round(seconds * 1000))
