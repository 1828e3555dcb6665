"""Errors raised by the generated endpoints (generated; do not edit).

Every non-2xx response raises `KatanaAPIError`, decided in one place:
`katana_client._runtime.raise_for_status`.
"""

from katana_client._runtime import KatanaAPIError

__all__ = ("KatanaAPIError",)
