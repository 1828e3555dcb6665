"""Update a stock adjustment: `PATCH /stock_adjustments/{id}` (generated; do not edit)."""

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

from ...models.stock_adjustment import StockAdjustment
from ...models.update_stock_adjustment_dto import UpdateStockAdjustmentDto

OPERATION: Final[Operation[StockAdjustment]] = Operation(
    id="updateStockAdjustment",
    method="PATCH",
    path="/stock_adjustments/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(StockAdjustment),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateStockAdjustmentDto,
) -> Response[StockAdjustment]:
    """Update a stock adjustment

    Updates the specified stock adjustment by setting the values of the parameters passed.
    Any parameters not provided will be left unchanged.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Stock adjustment id
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
