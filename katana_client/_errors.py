"""Exceptions raised by the handwritten part of katana-client.

Every exception the package raises on purpose derives from `KatanaError`, so an
application can catch the SDK's failures in one place without catching its own.
"""

from __future__ import annotations


class KatanaError(Exception):
    """Base class of all errors raised by katana-client."""


class KatanaConfigError(KatanaError, ValueError):
    """The client was configured with a missing or invalid setting.

    Raised at construction time, before any request is made, so that a bad deployment
    fails on start-up rather than on its first call to Katana.
    """


class KatanaClientClosedError(KatanaError, RuntimeError):
    """The client was used after `aclose()` (or after leaving its `async with` block)."""
