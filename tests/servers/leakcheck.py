"""Secrets the tests make, and the DEBUG log scan that proves none of them is ever shown.

Every secret a test creates (API keys, OAuth tokens, client secrets, the Vault token)
contains `MARKER`, so that a leak of any part longer than a few characters is found
without knowing the value, and each full value is registered as well.
"""

from __future__ import annotations

import json
import logging
import re
import secrets
import traceback
from collections.abc import Iterable, Iterator
from urllib.parse import unquote_plus

import httpx
import pytest

MARKER = "SEKRIT"
_made: set[str] = set()


def make_secret(label: str = "key") -> str:
    """A fresh secret value that the leak scan recognises."""
    value = f"{MARKER}-{label}-{secrets.token_hex(12)}"
    _made.add(value)
    return value


def register(value: str) -> str:
    """Also look for `value` (e.g. a token a server issued) in the scan."""
    _made.add(value)
    return value


def find_leaks(texts: Iterable[str]) -> list[str]:
    """The texts that contain the marker or a registered secret."""
    known = list(_made)
    return [t for t in texts if MARKER in t or any(v in t for v in known)]


def render_exception(exc: BaseException) -> str:
    """Everything a traceback printer shows for `exc`, its causes and contexts included."""
    return "".join(traceback.format_exception(exc)) + repr(exc) + str(exc)


def echoing_token_endpoint(field: str, *, encoded: bool, error: str) -> httpx.MockTransport:
    """A token endpoint (for `OAuthApp(transport=...)`) that refuses every grant and
    echoes the posted `field` in its error_description, as a careless server might:
    form-encoded as it was on the wire when `encoded`, else decoded. `error` is the
    error code, with the echoed value in place of any `{}`."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent = re.search(f"(?:^|&){field}=([^&]*)", request.content.decode())
        assert sent is not None, f"the grant posted no {field}"
        value = sent[1] if encoded else unquote_plus(sent[1])
        body = {"error": error.format(value), "error_description": f"{field} {value} is wrong"}
        # A stream, as from the network: the app reads the answer raw.
        stream = httpx.ByteStream(json.dumps(body).encode())
        return httpx.Response(400, headers={"Content-Type": "application/json"}, stream=stream)

    return httpx.MockTransport(answer)


class _Capture(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        # format() renders the message with its args and any exc_info traceback.
        self.lines.append(self.format(record))


@pytest.fixture
def leak_scan() -> Iterator[list[str]]:
    """Capture every log record at DEBUG from every logger; fail if one shows a secret."""
    handler = _Capture()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.lines
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    leaks = find_leaks(handler.lines)
    assert not leaks, "secret in log output:\n" + "\n".join(leaks)
