"""katana-client: an async-first, typed Python SDK for the Katana MRP REST API.

The public API is what this module exports. Endpoint functions and models live in
`katana_client.generated` and are imported from there explicitly; this module does not
import them, so that `import katana_client` stays as cheap as importing httpx.
"""

from ._client import KatanaClient
from ._errors import (
    KatanaAuthenticationError,
    KatanaAuthError,
    KatanaClientClosedError,
    KatanaConfigError,
    KatanaError,
    KatanaInsecureTransportError,
    KatanaOAuthError,
    KatanaReauthorizationRequiredError,
    KatanaTokenNotFoundError,
    KatanaTokenProviderError,
    KatanaTokenStoreError,
)
from ._runtime import KatanaAPIError
from ._version import __version__

__all__ = [
    "KatanaAPIError",
    "KatanaAuthError",
    "KatanaAuthenticationError",
    "KatanaClient",
    "KatanaClientClosedError",
    "KatanaConfigError",
    "KatanaError",
    "KatanaInsecureTransportError",
    "KatanaOAuthError",
    "KatanaReauthorizationRequiredError",
    "KatanaTokenNotFoundError",
    "KatanaTokenProviderError",
    "KatanaTokenStoreError",
    "__version__",
]
