"""katana-client: an async-first, typed Python SDK for the Katana MRP REST API.

The public API is what this module exports. Endpoint functions and models live in
`katana_client.generated` and are imported from there explicitly; this module does not
import them, so that `import katana_client` stays as cheap as importing httpx. The same
operations are methods of `KatanaClient`'s resources (`client.products.list()`), each
resource imported on first access.
"""

from typing import TYPE_CHECKING, Any

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
from ._resources import AsyncPager, PageOf
from ._runtime import Response
from ._version import __version__
from .resilience import (
    LocalRateLimiter,
    Page,
    RetryPolicy,
    collect,
    pages,
    paginate,
)

if TYPE_CHECKING:
    from ._sync import SyncKatanaClient, SyncPager
    from .resilience import RedisRateLimiter

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


def __getattr__(name: str) -> Any:
    # redis is an optional extra; it is imported only by those who ask for it.
    if name == "RedisRateLimiter":
        from .resilience import RedisRateLimiter  # noqa: PLC0415 - lazy, see above

        return RedisRateLimiter
    if name in {"SyncKatanaClient", "SyncPager"}:
        # Its event loop thread needs asyncio, which `import katana_client` does not load.
        from . import _sync  # noqa: PLC0415 - lazy, see above

        return getattr(_sync, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
