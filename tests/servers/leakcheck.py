"""Secrets the tests make, and the DEBUG log scan that proves none of them is ever shown.

Every secret a test creates (API keys, OAuth tokens, client secrets, the Vault token)
contains `MARKER`, so that a leak of any part longer than a few characters is found
without knowing the value, and each full value is registered as well.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from collections.abc import Iterable, Iterator

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
