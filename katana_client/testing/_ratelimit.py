"""Katana's rate limit, per API key: a fixed window of `limit` requests per `window` s.

Every answer carries `X-Ratelimit-Limit`, `X-Ratelimit-Remaining` and `X-Ratelimit-Reset`
(when the window ends, as epoch seconds, or milliseconds as Katana documents it); a
request over the limit gets 429 with `Retry-After` in whole seconds.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["RateLimit", "RateLimitDecision"]

# Keys above which ended windows are forgotten.
_MAX_KEYS = 1024


@dataclass(frozen=True)
class RateLimitDecision:
    """Whether one request may pass, and the headers to send with its answer."""

    allowed: bool
    headers: dict[str, str]
    retry_after: int


@dataclass
class RateLimit:
    """A fixed-window limit per key; the default is Katana's 60 requests per 60 s.

    Args:
        limit: Requests allowed per window.
        window: Window length in seconds.
        reset_in_ms: Send `X-Ratelimit-Reset` in epoch milliseconds (as Katana's docs
            say) instead of seconds (as Katana's docs' example shows).
        clock: Epoch seconds now; replace it to drive the window from a test without
            sleeping.
    """

    limit: int = 60
    window: float = 60.0
    reset_in_ms: bool = False
    clock: Callable[[], float] = time.time
    _windows: dict[str, tuple[float, int]] = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def check(self, key: str) -> RateLimitDecision:
        """Count one request for `key` and decide whether it passes."""
        now = self.clock()
        with self._lock:
            if key not in self._windows and len(self._windows) >= _MAX_KEYS:
                # Bounded under any number of keys: ended windows hold nothing to keep.
                for old, (began, _) in list(self._windows.items()):
                    if now >= began + self.window:
                        del self._windows[old]
            start, used = self._windows.get(key, (now, 0))
            if now >= start + self.window:
                start, used = now, 0
            allowed = used < self.limit
            if allowed:
                used += 1
            self._windows[key] = (start, used)
        ends = start + self.window
        reset = int(ends * 1000) if self.reset_in_ms else math.ceil(ends)
        retry_after = max(1, math.ceil(ends - now))
        headers = {
            "X-Ratelimit-Limit": str(self.limit),
            "X-Ratelimit-Remaining": str(max(self.limit - used, 0)),
            "X-Ratelimit-Reset": str(reset),
        }
        if not allowed:
            headers["Retry-After"] = str(retry_after)
        return RateLimitDecision(allowed=allowed, headers=headers, retry_after=retry_after)

    def reset(self) -> None:
        """Forget every key's usage (start all windows afresh)."""
        with self._lock:
            self._windows.clear()
