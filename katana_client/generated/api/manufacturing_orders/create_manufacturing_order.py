"""Create a manufacturing order: `POST /manufacturing_orders` (generated; do not edit)."""

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

from ...models.create_manufacturing_order_dto import CreateManufacturingOrderDto
from ...models.manufacturing_order import ManufacturingOrder

OPERATION: Final[Operation[ManufacturingOrder]] = Operation(
    id="createManufacturingOrder",
    method="POST",
    path="/manufacturing_orders",
    idempotent=False,
    body="required",
    parse=model_of(ManufacturingOrder),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateManufacturingOrderDto,
) -> Response[ManufacturingOrder]:
    """Create a manufacturing order

    Creates a new manufacturing order object. Manufacturing order recipe and
    operation rows are created automatically based on the product recipe and operations.

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
