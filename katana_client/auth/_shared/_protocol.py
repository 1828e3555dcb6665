"""`SharedTokenStore`: a token store that several processes use together.

Katana's refresh tokens rotate, and presenting a spent one revokes the grant. Inside one
process `OAuthTokenProvider` refreshes one at a time; across processes the store itself
has to arbitrate. A shared store adds three things to `TokenStore`:

- a refresh lease (`try_lock`): at most one process refreshes, and a holder that dies or
  hangs stops excluding the others after `lease` seconds at most;
- `take_refresh_token`: an atomic compare-and-swap that takes the refresh token out of
  the store only if it is still the one the caller read, so two processes can never
  both present it, even if a lease lapsed under a stalled holder;
- `wait`: how a process that lost the race waits for the winner's tokens.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from .._oauth._stores import TokenStore
from .._oauth._tokens import OAuthTokens


@runtime_checkable
class RefreshLease(Protocol):
    """The right to refresh, held by one process until released or `lease` runs out."""

    async def release(self) -> None:
        """Give the lease up (a no-op if it already lapsed and someone else holds it)."""
        ...


@runtime_checkable
class SharedTokenStore(TokenStore, Protocol):
    """A `TokenStore` that processes on one or many hosts share safely.

    `OAuthTokenProvider` and `SharedCacheTokenProvider` detect it and coordinate through
    it: one process renews the tokens under the lease, the others wait and read them.
    `RedisTokenStore` and `LockingFileTokenStore` implement it; for your own (a database
    row with `SELECT ... FOR UPDATE SKIP LOCKED` and a lease column, say) implement these
    members as documented.
    """

    @property
    def lease(self) -> float:
        """Seconds a holder may keep the lease; longer than one token request takes."""
        ...

    async def try_lock(self) -> RefreshLease | None:
        """Take the lease if nobody holds it (or the holder's lease ran out), else None."""
        ...

    async def wait(self) -> None:
        """Pause briefly before looking at the store again (a poll interval)."""
        ...

    async def take_refresh_token(self, tokens: OAuthTokens) -> bool:
        """Atomically drop the stored refresh token if it is still `tokens.refresh_token`.

        Returns True when the caller may present it: the store now holds the same tokens
        without a refresh token. False when the store holds anything else.
        """
        ...
