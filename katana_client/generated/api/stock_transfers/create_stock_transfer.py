"""Create a stock transfer: `POST /stock_transfers` (generated; do not edit)."""

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

from ...models.create_stock_transfer_dto import CreateStockTransferDto
from ...models.stock_transfer import StockTransfer

OPERATION: Final[Operation[StockTransfer]] = Operation(
    id="createStockTransfer",
    method="POST",
    path="/stock_transfers",
    idempotent=False,
    body="required",
    parse=model_of(StockTransfer),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateStockTransferDto,
) -> Response[StockTransfer]:
    """Create a stock transfer

    Creates a stock transfer object.

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
