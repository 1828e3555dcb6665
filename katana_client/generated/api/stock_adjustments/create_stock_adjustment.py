"""Create a stock adjustment: `POST /stock_adjustments` (generated; do not edit)."""

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

from ...models.create_stock_adjustment_dto import CreateStockAdjustmentDto
from ...models.stock_adjustment import StockAdjustment

OPERATION: Final[Operation[StockAdjustment]] = Operation(
    id="createStockAdjustment",
    method="POST",
    path="/stock_adjustments",
    idempotent=False,
    body="required",
    parse=model_of(StockAdjustment),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateStockAdjustmentDto,
) -> Response[StockAdjustment]:
    """Create a stock adjustment

    Creates a stock adjustment object.

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
