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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
