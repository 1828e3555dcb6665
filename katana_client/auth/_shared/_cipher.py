"""`TokenCipher`: Fernet encryption of tokens at rest, with keys the user supplies.

Redis is often shared by several applications and copied into backups; a token stored
there in clear text is a credential for a customer's whole ERP. Fernet (AES-128-CBC with
an HMAC-SHA256 tag, from `cryptography`) authenticates as well as encrypts, so a
tampered or foreign value is refused instead of being sent to Katana.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..._errors import KatanaConfigError, KatanaTokenStoreError
from .._providers._optional import require
from .._secret import Secret

if TYPE_CHECKING:
    from cryptography.fernet import MultiFernet

KeyMaterial = str | bytes | Secret
"""One Fernet key: 32 url-safe base64-encoded bytes, as `TokenCipher.generate_key()` makes."""


class TokenCipher:
    """Encrypts what a shared store writes and decrypts what it reads.

    Give one key, or several to rotate keys: the first encrypts, every one decrypts, so
    values written under the old key stay readable until they are next written::

        TokenCipher(os.environ["KATANA_TOKEN_KEY"])
        TokenCipher([new_key, old_key])

    Needs `cryptography` (extras `[redis]` or `[crypto]`), imported on first use.

    Raises:
        KatanaConfigError: No key, or a value that is not a Fernet key (the message does
            not show it).
    """

    __slots__ = ("_fernet",)

    def __init__(self, keys: KeyMaterial | Sequence[KeyMaterial]) -> None:
        """Use `keys` (one, or several newest first)."""
        require("cryptography", extra="crypto", feature="Encrypting stored tokens")
        from cryptography.fernet import Fernet, MultiFernet  # noqa: PLC0415 (import cost)

        listed = [keys] if isinstance(keys, str | bytes | Secret) else list(keys)
        if not listed:
            raise KatanaConfigError("TokenCipher needs at least one key.")
        fernets = []
        for position, key in enumerate(listed, 1):
            raw = key.reveal() if isinstance(key, Secret) else key
            try:
                fernets.append(Fernet(raw))
            except (ValueError, TypeError):
                # Fernet's message is harmless, but never chain it: the key is a local.
                raise KatanaConfigError(
                    f"Encryption key #{position} is not a Fernet key (32 url-safe base64 "
                    "bytes); make one with TokenCipher.generate_key()."
                ) from None
        self._fernet: MultiFernet = MultiFernet(fernets)

    @staticmethod
    def generate_key() -> str:
        """A new random key. Keep it where you keep the app's other secrets."""
        require("cryptography", extra="crypto", feature="Encrypting stored tokens")
        from cryptography.fernet import Fernet  # noqa: PLC0415 (import cost)

        return Fernet.generate_key().decode()

    def encrypt(self, plaintext: bytes) -> bytes:
        """Encrypt and authenticate `plaintext` with the first key."""
        return self._fernet.encrypt(plaintext)

    def decrypt(self, ciphertext: bytes) -> bytes:
        """Check and decrypt `ciphertext` with any of the keys.

        Raises:
            KatanaTokenStoreError: No key opens it (a wrong key, or the value was altered).
        """
        from cryptography.fernet import InvalidToken  # noqa: PLC0415 (import cost)

        try:
            return self._fernet.decrypt(ciphertext)
        except InvalidToken:
            raise KatanaTokenStoreError(
                "Stored tokens cannot be decrypted with the configured key(s): the key is "
                "wrong or was rotated without keeping the old one, or the value was altered."
            ) from None

    def __repr__(self) -> str:
        return "TokenCipher(keys=**********)"


def as_cipher(key: TokenCipher | KeyMaterial | Sequence[KeyMaterial]) -> TokenCipher:
    """A `TokenCipher` for `key`, which may already be one."""
    return key if isinstance(key, TokenCipher) else TokenCipher(key)
