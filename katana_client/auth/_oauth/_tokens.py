"""`OAuthTokens`: what the token endpoint returns, with the secrets kept as `Secret`."""

from __future__ import annotations

import dataclasses
import math
import time
from typing import Any

from ..._errors import KatanaTokenStoreError
from .._secret import Secret


@dataclasses.dataclass(frozen=True)
class OAuthTokens:
    """An access token, the refresh token that renews it, and when it expires.

    Attributes:
        access_token: Sent as the bearer token.
        refresh_token: Exchanged for the next pair. Katana rotates it: each one is used
            once. None when the grant has none (no `offline_access` scope), or after it
            was taken out for a refresh in flight.
        expires_at: Wall-clock expiry (seconds since the epoch), or None if unknown.
        token_type: "Bearer".
        scope: The granted scope, when the server says.
    """

    access_token: Secret
    refresh_token: Secret | None
    expires_at: float | None
    token_type: str = "Bearer"
    scope: str | None = None

    @classmethod
    def from_response(cls, body: dict[str, Any], *, now: float | None = None) -> OAuthTokens:
        """Build from a token endpoint's JSON body (RFC 6749 section 5.1)."""
        now = time.time() if now is None else now
        refresh = body.get("refresh_token")
        scope = body.get("scope")
        return cls(
            access_token=Secret(str(body["access_token"])),
            refresh_token=Secret(refresh) if isinstance(refresh, str) and refresh else None,
            expires_at=_expiry(body.get("expires_in"), now),
            token_type=str(body.get("token_type") or "Bearer"),
            scope=scope if isinstance(scope, str) else None,
        )

    def without_refresh_token(self) -> OAuthTokens:
        """A copy without the refresh token (what the store holds during a refresh)."""
        return dataclasses.replace(self, refresh_token=None)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict, secrets revealed: for token stores only."""
        return {
            "access_token": self.access_token.reveal(),
            "refresh_token": self.refresh_token.reveal() if self.refresh_token else None,
            "expires_at": self.expires_at,
            "token_type": self.token_type,
            "scope": self.scope,
        }

    @classmethod
    def from_dict(cls, data: Any) -> OAuthTokens:
        """Rebuild from `to_dict()` output.

        Raises:
            KatanaTokenStoreError: `data` is not such a dict.
        """
        try:
            refresh = data["refresh_token"]
            expires_at = data["expires_at"]
            return cls(
                access_token=Secret(str(data["access_token"])),
                refresh_token=Secret(str(refresh)) if refresh else None,
                expires_at=float(expires_at) if expires_at is not None else None,
                token_type=str(data.get("token_type") or "Bearer"),
                scope=data.get("scope"),
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            raise KatanaTokenStoreError("Stored OAuth tokens are malformed.") from None


def _expiry(expires_in: Any, now: float) -> float | None:
    """`now + expires_in`, or None (unknown) when it is not a finite number of seconds >= 0."""
    # JSON allows ints too big for a float (OverflowError) and Python's parser NaN and
    # Infinity, with which "is the token still fresh?" would never, or always, be true.
    if not isinstance(expires_in, int | float) or isinstance(expires_in, bool):
        return None
    try:
        seconds = float(expires_in)
    except OverflowError:
        return None
    return now + seconds if math.isfinite(seconds) and seconds >= 0 else None
