"""katana-client: an async-first, typed Python SDK for the Katana MRP REST API.

The public API is what this module exports. Endpoint functions and models live in
`katana_client.generated` and are imported from there explicitly; this module does not
import them, so that `import katana_client` stays as cheap as importing httpx. The same
operations are methods of `KatanaClient`'s resources (`client.products.list()`), each
resource imported on first access. So are the names below that `KatanaClient()` does
not need (the pager, pagination, the rate limiter, the blocking client).
"""

from typing import TYPE_CHECKING

from ._client import KatanaClient
from ._errors import (
    KatanaAPIError,
    KatanaAuthenticationError,
    KatanaAuthError,
    KatanaBadRequestError,
    KatanaClientClosedError,
    KatanaClosedInFlightError,
    KatanaConfigError,
    KatanaConflictError,
    KatanaConnectionError,
    KatanaEmptyResponseError,
    KatanaError,
    KatanaForbiddenError,
    KatanaInsecureTransportError,
    KatanaJSONDepthError,
    KatanaNotFoundError,
    KatanaOAuthError,
    KatanaPaginationError,
    KatanaParameterError,
    KatanaPreconditionFailedError,
    KatanaRateLimiterError,
    KatanaRateLimitError,
    KatanaRateLimitTimeoutError,
    KatanaReauthorizationRequiredError,
    KatanaResponseShapeError,
    KatanaResponseTooLargeError,
    KatanaServerError,
    KatanaTimeoutError,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
    KatanaTokenStoreError,
    KatanaTransportError,
    KatanaUnauthorizedError,
    KatanaValidationError,
    ValidationDetail,
)
from ._lazy import lazy_exports
from ._version import __version__

if TYPE_CHECKING:
    from ._resources import AsyncPager, PageOf
    from ._runtime import Response
    from ._sync import SyncKatanaClient, SyncPager
    from .resilience import (
        LocalRateLimiter,
        Page,
        RedisRateLimiter,
        RetryPolicy,
        collect,
        pages,
        paginate,
    )

__all__ = [
    "AsyncPager",
    "KatanaAPIError",
    "KatanaAuthError",
    "KatanaAuthenticationError",
    "KatanaBadRequestError",
    "KatanaClient",
    "KatanaClientClosedError",
    "KatanaClosedInFlightError",
    "KatanaConfigError",
    "KatanaConflictError",
    "KatanaConnectionError",
    "KatanaEmptyResponseError",
    "KatanaError",
    "KatanaForbiddenError",
    "KatanaInsecureTransportError",
    "KatanaJSONDepthError",
    "KatanaNotFoundError",
    "KatanaOAuthError",
    "KatanaPaginationError",
    "KatanaParameterError",
    "KatanaPreconditionFailedError",
    "KatanaRateLimitError",
    "KatanaRateLimitTimeoutError",
    "KatanaRateLimiterError",
    "KatanaReauthorizationRequiredError",
    "KatanaResponseShapeError",
    "KatanaResponseTooLargeError",
    "KatanaServerError",
    "KatanaTimeoutError",
    "KatanaTokenNotFoundError",
    "KatanaTokenProviderError",
    "KatanaTokenStoreError",
    "KatanaTransportError",
    "KatanaUnauthorizedError",
    "KatanaValidationError",
    "LocalRateLimiter",
    "Page",
    "PageOf",
    "RedisRateLimiter",
    "Response",
    "RetryPolicy",
    "SyncKatanaClient",
    "SyncPager",
    "ValidationDetail",
    "__version__",
    "collect",
    "pages",
    "paginate",
]


# Imported on first access (see the module docstring): the pager, pagination and the
# rate limiter load with the first request; the blocking client with asyncio, which
# `import katana_client` does not load; RedisRateLimiter with redis, an optional extra.
__getattr__, __dir__ = lazy_exports(
    globals(),
    {
        "AsyncPager": "._resources",
        "LocalRateLimiter": ".resilience._ratelimit",
        "Page": ".resilience._pagination",
        "PageOf": "._resources",
        "RedisRateLimiter": ".resilience._redis_ratelimit",
        "Response": "._runtime",
        "RetryPolicy": ".resilience._retry",
        "SyncKatanaClient": "._sync",
        "SyncPager": "._sync",
        "collect": ".resilience._pagination",
        "pages": ".resilience._pagination",
        "paginate": ".resilience._pagination",
    },
)
