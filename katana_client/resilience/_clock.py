"""Time, behind a seam: the retry loop and the limiter ask a `Clock`, tests pass a fake.

Waiting for real in tests would make them slow (a Retry-After of 30 s) and flaky (timing
on a busy machine); a fake clock makes backoff and limiter waits exact and instant.
"""

from __future__ import annotations

import time
from typing import Protocol


class Clock(Protocol):
    """Where the resilience layer reads the time and sleeps."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back; for intervals and deadlines."""
        ...

    def time(self) -> float:
        """Wall-clock seconds since the epoch; only to read epoch reset headers."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Wait `seconds` (zero or more)."""
        ...


class SystemClock:
    """The real clock: `time.monotonic`, `time.time` and `asyncio.sleep`."""

    def monotonic(self) -> float:
        """Return `time.monotonic()`."""
        return time.monotonic()

    def time(self) -> float:
        """Return `time.time()`."""
        return time.time()

    async def sleep(self, seconds: float) -> None:
        """`await asyncio.sleep(seconds)`."""
        # Imported here, not at module level: importing asyncio costs ~20 ms, and by the
        # time anything sleeps, the running event loop has imported it already.
        import asyncio  # noqa: PLC0415 - lazy, see above

        await asyncio.sleep(max(0.0, seconds))


SYSTEM_CLOCK = SystemClock()
