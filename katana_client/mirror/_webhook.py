"""Keep a mirror current between runs: a webhook handler that copies what an event names.

Katana's delivery says which record changed (`object.id`, `object.href`), not how it is
now: the handler reads the record again through the resource's list operation (`ids=`,
with `include_deleted` where the list takes it), so the row has exactly the shape a
mirror run writes, and upserts it. The upsert writes only a record whose content
changed and never replaces a newer `updated_at` with an older one, so Katana's resends
and duplicate events change nothing the second time. A deletion event, or a record the
list no longer has, marks the row deleted.
"""

from __future__ import annotations

import asyncio
import functools
import inspect
import logging
from typing import Any

import attrs

from katana_client._runtime import SupportsAsyncHTTPX
from katana_client.webhooks import WebhookEvent, WebhookHandler

from ._changes import Cursor, Row, walk
from ._db import Database
from ._feeds import Feed, feeds

__all__ = ["feed_of_event", "mirror_webhook_handler"]

logger = logging.getLogger("katana_client.mirror")


def feed_of_event(event: WebhookEvent) -> Feed | None:
    """The mirrored resource an event is about (`sales_order` -> `sales_orders`), or
    None when no list operation serves it by id."""
    kind = event.resource_type
    for candidate in feeds():
        if candidate.name in (f"{kind}s", kind, f"{kind}es"):
            parameters = inspect.signature(candidate.endpoint).parameters
            return candidate if "ids" in parameters else None
    return None


def mirror_webhook_handler(client: SupportsAsyncHTTPX, database: Database) -> WebhookHandler:
    """A webhook handler that upserts the record each event names into `database`.

    Example, with FastAPI (`katana_client.fastapi`)::

        handler = mirror_webhook_handler(client, SQLiteDatabase("katana.sqlite"))
        app.include_router(
            katana_webhook_router(
                idempotent(store, duplicate_window=0)(handler), tokens=signing_tokens
            )
        )

    It is idempotent by itself (see the module docstring); wrapping it in
    `idempotent(...)` saves the extra reads of a resend.
    """

    async def on_event(event: WebhookEvent) -> None:
        target = feed_of_event(event)
        ident = event.object.id
        if target is None or ident is None:
            logger.info("Webhook %s: no mirrored resource to update", event.action)
            return
        key = str(ident)
        rows = await _fetch(client, target, ident)
        if rows:
            cursor = await asyncio.to_thread(database.load_cursor, target.name)
            await asyncio.to_thread(database.apply, target.name, rows, None, walk=cursor.walks)
        if not rows or str(event.action).endswith(".deleted"):
            await asyncio.to_thread(database.mark_deleted, target.name, key)

    return on_event


async def _fetch(client: SupportsAsyncHTTPX, target: Feed, ident: Any) -> list[Row]:
    # Through the list, filtered by id, as a first walk (no watermark).
    try:
        value = int(ident)
    except (TypeError, ValueError):
        value = ident
    rows: list[Row] = []
    async for page in walk(
        client, _by_id(target, value), Cursor(), remember_recent=False, page_size=50
    ):
        rows += [r for r in page.rows if r.key == str(ident)]
    return rows


def _by_id(target: Feed, ident: Any) -> Feed:
    endpoint = functools.partial(target.endpoint, ids=[ident])
    return attrs.evolve(target, endpoint=endpoint, incremental=False)
