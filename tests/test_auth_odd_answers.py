"""A secret store (or what answers in its place) that answers 200 with the wrong shape.

A proxy, a misrouted URL or a local stand-in can answer Vault's or Secrets Manager's
request with anything. Each shape below used to end in a bare `AttributeError` from
inside the provider (`'Response' object has no attribute 'get'`); now it is a
`KatanaTokenProviderError` naming the source, and the answer stays out of the error.
"""

from __future__ import annotations

import http.server
import json
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from servers.processes import free_port

from katana_client.auth import (
    AwsSecretsManagerTokenProvider,
    KatanaTokenProviderError,
    VaultTokenProvider,
)

SECRET = "odd-answer-secret-value"


class Answer:
    """A loopback HTTP server that answers every request with `body` (200)."""

    def __init__(self) -> None:
        self.body = b""
        self.content_type = "application/json"
        answer = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def _reply(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                self.send_response(200)
                self.send_header("Content-Type", answer.content_type)
                self.send_header("Content-Length", str(len(answer.body)))
                self.end_headers()
                self.wfile.write(answer.body)

            do_GET = do_POST = _reply

            def log_message(self, *args: Any) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"


@pytest.fixture(scope="module")
def answer() -> Iterator[Answer]:
    made = Answer()
    thread = threading.Thread(target=made.server.serve_forever, daemon=True)
    thread.start()
    yield made
    made.server.shutdown()
    made.server.server_close()


@pytest.mark.parametrize(
    "body",
    [
        b"not json at all " + SECRET.encode(),
        b"null",
        b'{"data": null}',
        b'{"data": "' + SECRET.encode() + b'"}',
        b'{"data": {"data": ["' + SECRET.encode() + b'"]}}',
        b'["' + SECRET.encode() + b'"]',
    ],
)
async def test_vault_answering_no_kv2_secret_is_a_provider_error(
    answer: Answer, body: bytes
) -> None:
    answer.body = body
    provider = VaultTokenProvider("apps/x", url=answer.url, token="vault-token-1", timeout=5)
    with pytest.raises(KatanaTokenProviderError) as caught:
        await provider.get_token()
    assert "Vault" in str(caught.value)
    assert SECRET not in str(caught.value)


@pytest.fixture
def aws_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "aws-credentials"))
    monkeypatch.delenv("AWS_PROFILE", raising=False)


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ({"SecretString": 12345}, "no SecretString or SecretBinary"),
        ({"SecretString": {"key": SECRET}}, "no SecretString or SecretBinary"),
        ({"SecretBinary": [1, 2]}, "could not be read (TypeError)"),
        ({"Name": "x"}, "it is empty"),
    ],
)
async def test_aws_answering_no_secret_text_is_a_provider_error(
    answer: Answer, aws_env: None, document: dict[str, Any], words: str
) -> None:
    answer.body = json.dumps(document).encode()
    answer.content_type = "application/x-amz-json-1.1"
    provider = AwsSecretsManagerTokenProvider("katana/x", endpoint_url=answer.url)
    with pytest.raises(KatanaTokenProviderError) as caught:
        await provider.get_token()
    assert words in str(caught.value)
    assert SECRET not in str(caught.value)
