"""The webhook receiver that test_webhook_limits.py sends hostile bodies to.

Imported, `receiver_app` is served in a thread of the test's process. Run as a module
(`python -m servers.webhook_receiver PORT TOKEN`, with tests/ on PYTHONPATH), it serves
the same app in a process of its own, whose memory a test reads from /proc.
"""

from __future__ import annotations

import sys

from fastapi import FastAPI

from katana_client.fastapi import katana_webhook_router
from katana_client.webhooks import WebhookEvent

SMALL_CAP = 64 * 1024


def receiver_app(tokens: str) -> FastAPI:
    """The router with its defaults on /katana/webhooks, and on /small with a 64 KiB
    cap and a 1 s body timeout; `GET /received` lists the actions handled, in order."""
    received: list[str] = []

    async def handler(event: WebhookEvent) -> None:
        received.append(event.action.value)

    app = FastAPI()
    app.include_router(katana_webhook_router(handler, tokens=tokens))
    app.include_router(
        katana_webhook_router(
            handler, path="/small", tokens=tokens, max_body_size=SMALL_CAP, body_timeout=1.0
        )
    )

    @app.get("/received")
    async def what_was_received() -> list[str]:
        return received

    return app


if __name__ == "__main__":
    import uvicorn

    port, tokens = int(sys.argv[1]), sys.argv[2]
    uvicorn.run(receiver_app(tokens), host="127.0.0.1", port=port, log_level="warning")
