"""Checking that a value can be a Katana token, with errors that never echo it."""

from __future__ import annotations

import re
from typing import Final

from ..._errors import KatanaTokenNotFoundError, KatanaTokenProviderError
from .._secret import Secret

MAX_TOKEN_LENGTH: Final = 8192
"""The longest token accepted, in characters. Katana's API keys are far shorter, and
most HTTP servers refuse a header line longer than 8 KiB (nginx's default buffer)."""

# RFC 6750's b64token is stricter; printable ASCII without space is what an HTTP header
# can carry unchanged, and what every key and JWT we know of uses.
_TOKEN: Final = re.compile(r"[!-~]+")


def token_problem(value: str) -> str | None:
    """Why `value` cannot be sent as a bearer token, or None if it can.

    The answer describes the kind of problem (never a character or a part of the value),
    so that it can go into an exception message.
    """
    if not value:
        return "it is empty"
    if len(value) > MAX_TOKEN_LENGTH:
        return f"it is longer than {MAX_TOKEN_LENGTH} characters, which no Katana token is"
    if _TOKEN.fullmatch(value):
        return None
    # Checked in this order so that the message names the most telling problem.
    if any(ch in "\r\n\x00" for ch in value):
        return "it contains a line break or NUL character (two values run together?)"
    if any(ch < " " or ch == "\x7f" for ch in value):
        return "it contains control characters"
    if any(ch.isspace() for ch in value):
        return "it contains whitespace (more than one value?)"
    return "it contains non-ASCII characters, which an HTTP header cannot carry"


def to_token(raw: str, *, source: str, hint: str) -> Secret:
    """Strip `raw` and wrap it, or raise without ever quoting it.

    Raises:
        KatanaTokenNotFoundError: `raw` is empty or only whitespace.
        KatanaTokenProviderError: `raw` cannot be a bearer token (see `token_problem`):
            httpx would refuse it and quote the whole header, token included.
    """
    # Keys pasted into a file or a secret store often carry a trailing newline.
    value = raw.strip()
    if not value:
        raise KatanaTokenNotFoundError(source=source, reason="it is empty", hint=hint)
    problem = token_problem(value)
    if problem is not None:
        raise KatanaTokenProviderError(
            f"The Katana API key in {source} is not a valid key: {problem}. Check that it "
            "holds exactly one key.",
            source=source,
        )
    return Secret(value)
