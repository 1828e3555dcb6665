"""List all webhooks: `GET /webhooks` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    model_of,
    parsed,
    send,
)

from ...models.webhook_list import WebhookList

OPERATION: Final[Operation[WebhookList]] = Operation(
    id="getAllWebhooks",
    method="GET",
    path="/webhooks",
    idempotent=True,
    list_items="data",
    pagination="query",
    renamed=(("url_query", "url"),),
    parse=model_of(WebhookList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    url_query: str | Unset = UNSET,
    enabled: bool | Unset = UNSET,
) -> Response[WebhookList]:
    """List all webhooks

    Returns a list of webhooks you’ve previously created. The entries are returned in a
    sorted order,
    with the most recent ones appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        ids: Filters webhooks by an array of IDs
        url_query: Filters webhooks by an url
        enabled: Filters webhooks by enabled flag

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
