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


# --- Authentication ---------------------------------------------------------------------
# None of these messages ever contains a key or token: they name where a credential came
# from and what to check, because exception text ends up in logs and error trackers.


class KatanaAuthError(KatanaError):
    """Base class of the errors raised while obtaining or using credentials."""


class KatanaAuthenticationError(KatanaAuthError):
    """Katana refused the credentials (HTTP 401) even after a fresh token was fetched.

    Attributes:
        status_code: Always 401.
        source: Where the rejected token came from, e.g. "environment variable
            KATANA_API_KEY".
    """

    status_code = 401

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class KatanaInsecureTransportError(KatanaAuthError):
    """A token was about to be sent over plain http to a host that is not loopback."""


class KatanaTokenProviderError(KatanaAuthError):
    """A token provider could not produce a token (store unreachable, command failed...).

    Attributes:
        source: A description of the provider, e.g. "AWS Secrets Manager secret 'prod/katana'".
    """

    def __init__(self, message: str, *, source: str) -> None:
        super().__init__(message)
        self.source = source


class KatanaTokenNotFoundError(KatanaTokenProviderError):
    """A token provider looked and found no token there (variable unset, file missing).

    A `ChainTokenProvider` moves on to its next provider on this error only; any other
    `KatanaTokenProviderError` means the source exists but is broken, and is raised.

    Attributes:
        reason: What was found instead of a token, e.g. "not set".
        hint: How to put a token there.
    """

    def __init__(self, *, source: str, reason: str, hint: str) -> None:
        super().__init__(f"No Katana API key in {source}: {reason}. {hint}", source=source)
        self.reason = reason
        self.hint = hint


class KatanaTokenStoreError(KatanaAuthError):
    """An OAuth token store failed to load or save tokens."""


class KatanaOAuthError(KatanaAuthError):
    """The OAuth authorization server refused a request or could not be reached.

    Attributes:
        error: The OAuth error code (e.g. "invalid_client"), or None when the server
            sent none.
    """

    def __init__(self, message: str, *, error: str | None = None) -> None:
        super().__init__(message)
        self.error = error


class KatanaReauthorizationRequiredError(KatanaOAuthError):
    """The app holds no usable refresh token: the user must authorize it again.

    Raised when Katana refuses a refresh token (`invalid_grant`), when the store holds
    no tokens, and when a refresh failed after it may have reached the server. Katana's
    refresh tokens rotate and a reused one revokes the whole grant, so a refresh is
    never retried with the same token: send the user through the authorization URL again.
    """


class KatanaInsecureSecretFileWarning(UserWarning):
    """A secret file can be read by users other than its owner (group or others)."""
