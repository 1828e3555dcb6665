"""A real keyring backend for tests: keyrings.alt's plaintext file keyring, under tmp_path."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[PlaintextKeyring]:
    """Make a file keyring in tmp_path the process's keyring for one test.

    Also keeps tests hermetic: without it, the default chain would ask the keyring of
    whoever runs the tests.
    """
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
