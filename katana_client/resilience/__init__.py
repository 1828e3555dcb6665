"""Resilience: typed errors, retries that never duplicate, rate limits, pagination.

Everything here is wired into `KatanaClient` by default (see its `retry=`,
`rate_limit=`, `timeout=`, `limits=` and `max_response_bytes=` arguments); import from
this package to configure it or to walk list endpoints:

    from katana_client.resilience import RetryPolicy, paginate

`RedisRateLimiter` is imported on first use, so that `redis` (the `[redis]` extra) is
needed only by those who use it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from katana_client._errors import KatanaPaginationError

from ._body import DEFAULT_MAX_RESPONSE_BYTES
from ._clock import Clock
from ._options import CallOptions, call_options
from ._pagination import (
    MAX_PAGES,
    Page,
    PaginationInfo,
    collect,
    pages,
    paginate,
    parse_pagination_header,
)
from ._ratelimit import (
    LocalRateLimiter,
    RateLimiter,
    RateLimitFeedback,
    RateLimitPermit,
    shared_rate_limiter,
)
from ._retry import DEFAULT_RETRY_STATUSES, NO_RETRY, RetryPolicy
from ._transport import (
    DEFAULT_LIMITS,
    ResilientTransport,
)

if TYPE_CHECKING:
    from ._redis_ratelimit import RedisRateLimiter

__all__ = [
    "DEFAULT_LIMITS",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_RETRY_STATUSES",
    "MAX_PAGES",
    "NO_RETRY",
    "CallOptions",
    "Clock",
    "KatanaPaginationError",
    "LocalRateLimiter",
    "Page",
    "PaginationInfo",
    "RateLimitFeedback",
    "RateLimitPermit",
    "RateLimiter",
    "RedisRateLimiter",
    "ResilientTransport",
    "RetryPolicy",
    "call_options",
    "collect",
    "pages",
    "paginate",
    "parse_pagination_header",
    "shared_rate_limiter",
]


def __getattr__(name: str) -> Any:
    # Lazy: importing redis costs time and needs the extra; only its users pay.
    if name == "RedisRateLimiter":
        from ._redis_ratelimit import RedisRateLimiter  # noqa: PLC0415 - lazy, see above

        return RedisRateLimiter
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
