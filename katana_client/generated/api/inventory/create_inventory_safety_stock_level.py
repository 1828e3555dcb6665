"""Update the safety stock level: `POST /inventory_safety_stock_levels` (generated; do not edit)."""

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

from ...models.create_inventory_safety_stock_level_body import CreateInventorySafetyStockLevelBody
from ...models.inventory_safety_stock_level import InventorySafetyStockLevel

OPERATION: Final[Operation[InventorySafetyStockLevel]] = Operation(
    id="createInventorySafetyStockLevel",
    method="POST",
    path="/inventory_safety_stock_levels",
    idempotent=True,
    body="required",
    parse=model_of(InventorySafetyStockLevel),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateInventorySafetyStockLevelBody,
) -> Response[InventorySafetyStockLevel]:
    """Update the safety stock level

    Update an item’s safety stock level within a certain location and variant combination.

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
