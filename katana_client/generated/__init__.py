"""Generated part of katana-client: endpoint modules and models (do not edit).

Regenerate with `python scripts/generate.py`. Endpoint functions take `client=`, any
object with `get_async_httpx_client()`; normally a `katana_client.KatanaClient`.
"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient

__all__ = ("AuthenticatedClient",)


def __getattr__(name: str) -> Any:
    # Imported on first use: `KatanaClient` reaches this package for its resources and
    # has no use for the generated client class.
    if name == "AuthenticatedClient":
        from .client import AuthenticatedClient

        return AuthenticatedClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
