"""When to send a request again, and how long to wait first.

A repeat-safe request (every GET, the search POSTs, PATCH, DELETE, the set-style POSTs)
is retried on 408, 429, 5xx, connection failures and timeouts. Any other request (a
create) is retried only when Katana certainly did not act on it: after a 429, or when
the connection failed before the request was sent. After a read timeout or a 5xx, Katana
may already have created the sales order; sending it again could create a second one.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable
from typing import Final

import httpx
from attrs import field, frozen, validators

__all__ = ["DEFAULT_RETRY_STATUSES", "RetryPolicy"]

# 501 (Not Implemented) and 505 (HTTP Version Not Supported) will not get better.
DEFAULT_RETRY_STATUSES: Final = frozenset({408, 429} | (set(range(500, 600)) - {501, 505}))

# Failures that happen before any byte of the request leaves: Katana cannot have acted.
# httpcore raises ProxyError only while opening the tunnel (a refused CONNECT, a SOCKS
# handshake that fails), before the request goes through it.
_NOT_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)
# Failures that may happen after Katana received the request.
_MAYBE_SENT: Final = (
    httpx.ReadTimeout,
    httpx.WriteTimeout,
    httpx.ReadError,
    httpx.WriteError,
    httpx.RemoteProtocolError,
    httpx.CloseError,
)


_RETRYABLE: Final = (*_NOT_SENT, *_MAYBE_SENT, httpx.DecodingError)


def request_was_sent(exc: BaseException) -> bool:
    """Whether Katana may have received the request when `exc` was raised."""
    return not isinstance(exc, _NOT_SENT)


def _statuses(value: Iterable[int]) -> frozenset[int]:
    # A typed converter: with `converter=frozenset`, type checkers refuse any argument.
    return frozenset(value)


@frozen
class RetryPolicy:
    """How often and how patiently to retry; pass as `KatanaClient(retry=...)`.

    The n-th retry waits a random time between `(1 - jitter)` and all of
    `min(max_backoff, initial * multiplier ** (n - 1))`, or `Retry-After` when Katana
    sent a longer one (capped at `max_retry_after`). Retrying stops after `attempts`
    sends in all, or when the next wait would end more than `max_elapsed` seconds after
    the first send.

    Attributes:
        attempts: Sends in all, the first included (1 disables retrying).
        max_elapsed: Seconds from the first send after which no retry starts.
        initial: The first backoff, in seconds.
        multiplier: Growth of the backoff per retry.
        max_backoff: Largest backoff, in seconds.
        jitter: Fraction of each backoff that is randomized, 0 (none) to 1 (full), so
            that many clients failing together do not retry together.
        max_retry_after: Largest `Retry-After` honoured, in seconds; a longer one is cut.
        statuses: Statuses that are retried (for requests that are not repeat-safe,
            only 429 of these is).
    """

    attempts: int = field(default=5, validator=validators.ge(1))
    max_elapsed: float = field(default=60.0, validator=validators.ge(0))
    initial: float = field(default=0.5, validator=validators.ge(0))
    multiplier: float = field(default=2.0, validator=validators.ge(1))
    max_backoff: float = field(default=30.0, validator=validators.ge(0))
    jitter: float = field(default=0.5, validator=[validators.ge(0), validators.le(1)])
    max_retry_after: float = field(default=60.0, validator=validators.ge(0))
    statuses: frozenset[int] = field(default=DEFAULT_RETRY_STATUSES, converter=_statuses)

    def backoff(self, retry: int, rand: Callable[[], float] = random.random) -> float:
        """Seconds to wait before retry number `retry` (1 for the first retry)."""
        try:
            grown = self.initial * self.multiplier ** max(0, retry - 1)
        except OverflowError:  # past any float (retry 1,025 at 2x): past the cap too
            grown = self.max_backoff if self.initial else 0.0
        return min(self.max_backoff, grown) * (1.0 - self.jitter * rand())

    def retries_status(self, status: int, *, repeat_safe: bool) -> bool:
        """Whether a response with `status` is worth another attempt.

        A 429 means Katana refused the request without acting, so it is retried for
        every operation; the others only for repeat-safe ones.
        """
        if status not in self.statuses:
            return False
        return repeat_safe or status == 429

    def retries_exception(self, exc: BaseException, *, repeat_safe: bool) -> bool:
        """Whether a transport failure is worth another attempt (see `retries_status`)."""
        if not isinstance(exc, _RETRYABLE):  # not transient: the same again would fail
            return False
        return repeat_safe or not request_was_sent(exc)

    def wait(self, retry: int, retry_after: float | None, rand: Callable[[], float]) -> float:
        """The wait before retry number `retry`: backoff, or a longer `Retry-After`."""
        delay = self.backoff(retry, rand)
        if retry_after is not None:
            delay = max(delay, min(retry_after, self.max_retry_after))
        return delay


NO_RETRY: Final = RetryPolicy(attempts=1)
