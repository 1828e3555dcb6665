"""Generated part of katana-client: endpoint modules and models (do not edit).

Regenerate with `python scripts/generate.py`. Endpoint functions take `client=`, any
object with `get_async_httpx_client()`; normally a `katana_client.KatanaClient`.
"""

from .client import AuthenticatedClient

__all__ = ("AuthenticatedClient",)
