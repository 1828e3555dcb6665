"""Update stock transfers status: `PATCH /stock_transfers/{id}/status` (generated; do not edit)."""

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

from ...models.stock_transfer import StockTransfer
from ...models.update_stock_transfer_status_dto import UpdateStockTransferStatusDto

OPERATION: Final[Operation[StockTransfer]] = Operation(
    id="updateStockTransferStatus",
    method="PATCH",
    path="/stock_transfers/{id}/status",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(StockTransfer),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateStockTransferStatusDto,
) -> Response[StockTransfer]:
    """Update stock transfers status

    Updates the specified stock transfers status.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Stock transfer id
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaParameterError: A path value is of the wrong type or could name another path;
            nothing was sent.
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
