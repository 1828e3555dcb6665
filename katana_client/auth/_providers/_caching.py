"""`CachingTokenProvider`: the TTL cache and single-flight fetch every source shares."""

from __future__ import annotations

import time
from abc import ABC, abstractmethod
from collections.abc import Callable

from ..._errors import KatanaConfigError
from .._flight import SingleFlight
from .._secret import Secret


class CachingTokenProvider(ABC):
    """A token provider that caches what `fetch()` returns for `ttl` seconds.

    Subclass it for a source of your own: implement `fetch()` and `source`. While the
    cached token is fresh, `get_token()` is one clock read and returns without a lock or
    I/O. When it is stale, concurrent callers share one `fetch()`; if that fails, they all
    get its exception and nothing is cached, so the next request tries again.

    Args:
        ttl: Seconds to keep a fetched token; `None` keeps it until `invalidate()`.
        clock: A monotonic clock, replaceable in tests.
    """

    def __init__(self, *, ttl: float | None, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl is not None and ttl < 0:
            raise KatanaConfigError(f"ttl must be None or >= 0 seconds, not {ttl!r}.")
        self._ttl = ttl
        self._clock = clock
        self._token: Secret | None = None
        self._fresh_until = 0.0
        self._epoch = 0
        self._flight: SingleFlight[Secret] = SingleFlight()

    @property
    @abstractmethod
    def source(self) -> str:
        """Where the token comes from, for error messages (never the token itself)."""

    @abstractmethod
    async def fetch(self) -> Secret:
        """Read the token from the source. Called only when the cache is stale.

        Raises:
            KatanaTokenNotFoundError: The source holds no token.
            KatanaTokenProviderError: The source could not be read.
        """

    @property
    def ttl(self) -> float | None:
        """Seconds a fetched token is kept; `None` means until `invalidate()`."""
        return self._ttl

    async def get_token(self) -> Secret:
        """Return the cached token, or fetch it when there is none or it is stale."""
        token = self._token
        if token is not None and (self._ttl is None or self._clock() < self._fresh_until):
            return token
        return await self._flight.run(self._refill)

    def invalidate(self) -> None:
        """Drop the cached token; the next `get_token()` fetches it again."""
        self._token = None
        # A fetch in flight began before this call and may return the old token.
        self._epoch += 1

    async def _refill(self) -> Secret:
        while True:
            epoch = self._epoch
            token = await self.fetch()
            if epoch == self._epoch:
                break
        self._token = token
        if self._ttl is not None:
            self._fresh_until = self._clock() + self._ttl
        return token

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.source})"
