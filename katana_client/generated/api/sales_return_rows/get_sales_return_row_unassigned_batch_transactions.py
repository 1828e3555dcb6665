"""Retrieve unassigned batch transactions for a sales return row: `GET /sales_return_rows/{id}/unassigned_batch_transactions` (generated; do not edit)."""

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

from ...models.unassigned_batch_transaction import UnassignedBatchTransaction

OPERATION: Final[Operation[UnassignedBatchTransaction]] = Operation(
    id="getSalesReturnRowUnassignedBatchTransactions",
    method="GET",
    path="/sales_return_rows/{id}/unassigned_batch_transactions",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_of(UnassignedBatchTransaction),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[UnassignedBatchTransaction]:
    """Retrieve unassigned batch transactions for a sales return row

    Retrieves the unassigned batch transactions for a sales return row based on sales return
    row id

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Sales return row id

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
