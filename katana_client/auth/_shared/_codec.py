"""How shared stores turn `OAuthTokens` into bytes and back: JSON, then encrypted."""

from __future__ import annotations

import json
from typing import Final

from ..._errors import KatanaTokenStoreError
from .._oauth._tokens import OAuthTokens
from .._read import INVALID, parse_json
from ._cipher import TokenCipher

MAX_STORED_BYTES: Final = 128 * 1024
"""Largest stored value a shared store decrypts and parses (tokens take a few KiB)."""


class TokenCodec:
    """Serialize tokens; encrypt them when a cipher is given; bind them to a tenant.

    The tenant goes inside the encrypted payload and is checked on reading: a value
    copied from another tenant's key (by someone who can write to Redis) is refused
    instead of silently acting on the wrong Katana account.
    """

    __slots__ = ("_cipher", "_tenant")

    def __init__(self, cipher: TokenCipher | None, tenant: str | None) -> None:
        self._cipher = cipher
        self._tenant = tenant

    def encode(self, tokens: OAuthTokens) -> bytes:
        data = tokens.to_dict()
        if self._tenant is not None:
            data["tenant"] = self._tenant
        plain = json.dumps(data).encode()
        return self._cipher.encrypt(plain) if self._cipher is not None else plain

    def decode(self, blob: bytes | str) -> OAuthTokens:
        if isinstance(blob, str):
            blob = blob.encode()
        # Tokens take a few KiB even encrypted (Fernet: base64 of the JSON, +33%); a
        # larger value was written by something else and is not decrypted or parsed.
        if len(blob) > MAX_STORED_BYTES:
            raise KatanaTokenStoreError(
                f"Stored tokens take {len(blob)} bytes, more than the {MAX_STORED_BYTES} "
                "any grant needs: the value was written by something else; clear it."
            )
        plain = self._cipher.decrypt(blob) if self._cipher is not None else blob
        data = parse_json(plain)
        if data is INVALID:
            raise KatanaTokenStoreError(
                "Stored tokens are not valid JSON (written without encryption, or by "
                "something else?)."
            )
        if self._tenant is not None and (
            not isinstance(data, dict) or data.get("tenant") != self._tenant
        ):
            raise KatanaTokenStoreError(
                f"Stored tokens belong to another tenant than {self._tenant!r}: refusing them."
            )
        return OAuthTokens.from_dict(data)


def same_refresh_token(stored: OAuthTokens, expected: OAuthTokens) -> bool:
    """Whether `stored` still holds the refresh token of `expected` (constant-time)."""
    return (
        stored.refresh_token is not None
        and expected.refresh_token is not None
        and stored.refresh_token == expected.refresh_token
    )
