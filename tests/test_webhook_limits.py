"""The webhook receiver under uvicorn, over real HTTP: hostile senders meet its caps.

The receiver (`servers/webhook_receiver.py`) runs in a thread of the test process; for
the test that reads its memory from /proc/<pid>/status while a sender streams a large
body at it, in its own process (slow: the process takes a second or more to start).
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from servers.asgi_server import serve_asgi
from servers.processes import free_port, http_ok, running
from servers.webhook_receiver import SMALL_CAP, receiver_app

from katana_client.fastapi import sign_webhook_body

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/status").exists(), reason="reads memory from /proc"
)

TOKEN = "whsec-limits-token"
MIB = 1 << 20
TOTAL = 400 * MIB  # what the hostile senders stream
TESTS = Path(__file__).resolve().parent

DELIVERY = {"resource_type": "sales_order", "action": "created", "object": {"id": 42}}


class Receiver:
    """The receiver: its URL, and the process of its own it may run in (its memory)."""

    def __init__(self, url: str, pid: int | None = None) -> None:
        self.url = url
        self.pid = pid

    def peak_memory(self) -> int:
        """Peak resident memory of the process so far (VmHWM), in bytes."""
        assert self.pid is not None, "the receiver runs in the test's own process"
        for line in Path(f"/proc/{self.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
        raise AssertionError("no VmHWM in /proc status")

    def received(self) -> list[str]:
        answer: list[str] = httpx.get(f"{self.url}/received", timeout=10).json()
        return answer


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    """The receiver, served in a thread of this process."""
    with serve_asgi(receiver_app(TOKEN)) as url:
        yield Receiver(url)


@pytest.fixture(scope="module")
def receiver_process() -> Iterator[Receiver]:
    """The receiver in a process of its own, whose memory is its own."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    # -m: the working directory comes first on sys.path, as it does for `python -c`.
    argv = [sys.executable, "-m", "servers.webhook_receiver", str(port), TOKEN]
    with running(argv, ready=http_ok(f"{url}/received"), env={"PYTHONPATH": str(TESTS)}) as proc:
        yield Receiver(url, proc.pid)


def _post_streamed(url: str, headers: dict[str, str]) -> tuple[httpx.Response, int]:
    """POST `TOTAL` bytes in 1 MiB chunks to `url`: the answer, and how many bytes the
    HTTP client took before the receiver made it stop."""
    sent = 0

    def chunks() -> Iterator[bytes]:
        nonlocal sent
        chunk = b" " * MIB
        for _ in range(TOTAL // MIB):
            sent += len(chunk)
            yield chunk

    response = httpx.post(url, content=chunks(), headers=headers, timeout=60)
    return response, sent


def _signature_of_nothing() -> dict[str, str]:
    # A well-formed but wrong signature: the size check comes first, so the answer is
    # 413; a missing header would be a 401 before the body is read at all.
    return {"X-Sha2-Signature": "00" * 32}


@pytest.mark.slow  # starts the receiver in a process of its own
def test_a_chunked_body_over_the_cap_is_refused_while_it_streams_in(
    receiver_process: Receiver,
) -> None:
    receiver = receiver_process
    before = receiver.peak_memory()
    events = receiver.received()
    response, sent = _post_streamed(f"{receiver.url}/katana/webhooks", _signature_of_nothing())
    assert response.status_code == 413
    # The receiver stopped reading at the cap, so the sender stopped sending: what it
    # sent is the cap plus what the sockets' buffers took, far from the 400 MiB.
    assert sent < TOTAL // 4
    assert receiver.peak_memory() - before < 64 * MIB
    assert response.json() == {"detail": "The webhook body is over 1048576 bytes"}
    assert response.headers["connection"] == "close"
    assert receiver.received() == events


def test_a_content_length_over_the_cap_is_refused_before_the_body_is_read(
    receiver: Receiver,
) -> None:
    events = receiver.received()
    declared = {**_signature_of_nothing(), "Content-Length": str(TOTAL)}
    response, sent = _post_streamed(f"{receiver.url}/katana/webhooks", declared)
    assert response.status_code == 413
    assert sent < TOTAL // 4
    assert receiver.received() == events


def test_an_unsigned_body_is_refused_before_it_is_read(receiver: Receiver) -> None:
    response, sent = _post_streamed(f"{receiver.url}/katana/webhooks", {})
    assert response.status_code == 401
    assert sent < TOTAL // 4
    assert response.headers["connection"] == "close"


def test_the_body_cap_is_configurable(receiver: Receiver) -> None:
    # Whitespace around JSON is still JSON: a delivery padded to just below the cap.
    fits = json.dumps(DELIVERY).encode().ljust(SMALL_CAP)
    too_big = json.dumps(DELIVERY).encode().ljust(SMALL_CAP + 1)
    events = receiver.received()
    for body, status in ((too_big, 413), (fits, 204)):
        headers = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}
        response = httpx.post(f"{receiver.url}/small", content=body, headers=headers, timeout=10)
        assert response.status_code == status
    # The cap holds as it is counted too: a chunked body stops being read just past it.
    response, sent = _post_streamed(f"{receiver.url}/small", _signature_of_nothing())
    assert response.status_code == 413
    assert sent < TOTAL // 4
    assert receiver.received() == [*events, "sales_order.created"]


@pytest.mark.slow
async def test_a_body_that_trickles_in_is_cut_off_at_body_timeout(receiver: Receiver) -> None:
    port = int(receiver.url.rsplit(":", 1)[1])
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(
            b"POST /small HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
            b"Content-Type: application/json\r\nX-Sha2-Signature: " + b"00" * 32 + b"\r\n\r\n"
            b"1\r\n{\r\n"
        )
        await writer.drain()
        # The body never ends; the receiver answers (and hangs up) at its 1 s limit.
        answer = await asyncio.wait_for(reader.read(), 30)
    finally:
        writer.close()
        await writer.wait_closed()
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert b"took over 1 s to arrive" in answer


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 500_000 + b"]" * 500_000,
        b'{"resource_type": "sales_order", "action": "created", "object": {"id": '
        + b"9" * 5000
        + b"}}",
        b'{"resource_type": "sales_\xff", "action": "created", "object": {}}',
    ],
    ids=["nested-a-million-brackets", "5000-digit-id", "invalid-utf8"],
)
def test_a_hostile_signed_body_is_a_400_and_never_reaches_the_handler(
    receiver: Receiver, body: bytes
) -> None:
    before = receiver.received()
    headers = {"X-Sha2-Signature": sign_webhook_body(body, TOKEN)}
    response = httpx.post(
        f"{receiver.url}/katana/webhooks", content=body, headers=headers, timeout=10
    )
    assert response.status_code == 400
    assert len(response.json()["detail"]) < 80
    assert receiver.received() == before
