"""Update the reorder point: `POST /inventory_reorder_points` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    model_of,
    parsed,
    send,
)

from ...models.create_inventory_reorder_point_body import CreateInventoryReorderPointBody
from ...models.inventory_reorder_point import InventoryReorderPoint

OPERATION: Final[Operation[InventoryReorderPoint]] = Operation(
    id="createInventoryReorderPoint",
    method="POST",
    path="/inventory_reorder_points",
    idempotent=True,
    body="required",
    parse=model_of(InventoryReorderPoint),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateInventoryReorderPointBody,
) -> Response[InventoryReorderPoint]:
    """Update the reorder point

    (Endpoint deprecation, we recommend using safety_stock instead) Updates an item’s safety
    stock level in a certain location and variant combination.

    Deprecated by Katana.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

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
