"""Turning raw text from a source into a `Secret`, with errors that never echo it."""

from __future__ import annotations

from ..._errors import KatanaTokenNotFoundError, KatanaTokenProviderError
from .._secret import Secret


def to_token(raw: str, *, source: str, hint: str) -> Secret:
    """Strip `raw` and wrap it, or raise without ever quoting it.

    Raises:
        KatanaTokenNotFoundError: `raw` is empty or only whitespace.
        KatanaTokenProviderError: `raw` has inner whitespace or non-ASCII characters,
            which an HTTP header cannot carry (httpx would quote the header in its error).
    """
    # Keys pasted into a file or a secret store often carry a trailing newline.
    value = raw.strip()
    if not value:
        raise KatanaTokenNotFoundError(source=source, reason="it is empty", hint=hint)
    if not all("!" <= ch <= "~" for ch in value):
        raise KatanaTokenProviderError(
            f"The Katana API key in {source} contains whitespace or non-ASCII characters; "
            "check that it holds exactly one key.",
            source=source,
        )
    return Secret(value)
