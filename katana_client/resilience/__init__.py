"""Resilience: typed errors, retries that never duplicate, rate limits, pagination.

Everything here is wired into `KatanaClient` by default (see its `retry=`,
`rate_limit=`, `timeout=`, `limits=` and `max_response_bytes=` arguments); import from
this package to configure it or to walk list endpoints:

    from katana_client.resilience import RetryPolicy, paginate

Each name is imported on first use: `KatanaClient()` does not load pagination or the
transport, and `redis` (the `[redis]` extra) is needed only by `RedisRateLimiter`'s users.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from katana_client._errors import KatanaPaginationError
from katana_client._lazy import lazy_exports

if TYPE_CHECKING:
    from ._body import DEFAULT_MAX_RESPONSE_BYTES
    from ._clock import Clock
    from ._options import DEFAULT_LIMITS, CallOptions, call_options
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
    from ._redis_ratelimit import RedisRateLimiter
    from ._retry import DEFAULT_RETRY_STATUSES, NO_RETRY, RetryPolicy
    from ._transport import ResilientTransport

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


# See the module docstring: imported on first access.
__getattr__, __dir__ = lazy_exports(
    globals(),
    {
        "DEFAULT_LIMITS": "._options",
        "DEFAULT_MAX_RESPONSE_BYTES": "._body",
        "DEFAULT_RETRY_STATUSES": "._retry",
        "MAX_PAGES": "._pagination",
        "NO_RETRY": "._retry",
        "CallOptions": "._options",
        "Clock": "._clock",
        "LocalRateLimiter": "._ratelimit",
        "Page": "._pagination",
        "PaginationInfo": "._pagination",
        "RateLimitFeedback": "._ratelimit",
        "RateLimitPermit": "._ratelimit",
        "RateLimiter": "._ratelimit",
        "RedisRateLimiter": "._redis_ratelimit",
        "ResilientTransport": "._transport",
        "RetryPolicy": "._retry",
        "call_options": "._options",
        "collect": "._pagination",
        "pages": "._pagination",
        "paginate": "._pagination",
        "parse_pagination_header": "._pagination",
        "shared_rate_limiter": "._ratelimit",
    },
)
