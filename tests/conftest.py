"""Shared fixtures. Every test runs hermetically: no environment leaks in, no network."""

from __future__ import annotations

import httpx
import pytest

from katana_client._client import API_KEY_ENV, BASE_URL_ENV


@pytest.fixture(autouse=True)
def _clean_katana_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own KATANA_* variables must not change test outcomes."""
    monkeypatch.delenv(API_KEY_ENV, raising=False)
    monkeypatch.delenv(BASE_URL_ENV, raising=False)
    # KatanaClient honours proxy variables; a developer's proxy must not carry the tests.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


class RecordingTransport(httpx.MockTransport):
    """A mock transport that answers 200 `{}` and keeps every request it was sent."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        super().__init__(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json={})


@pytest.fixture
def transport() -> RecordingTransport:
    """A transport that records requests instead of sending them."""
    return RecordingTransport()
