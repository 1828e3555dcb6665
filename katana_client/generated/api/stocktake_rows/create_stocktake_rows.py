"""Create stocktake rows: `POST /stocktake_rows` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    list_of,
    parsed,
    send,
)

from ...models.create_stocktake_rows_dto import CreateStocktakeRowsDto
from ...models.stocktake_row import StocktakeRow

OPERATION: Final[Operation[list[StocktakeRow]]] = Operation(
    id="createStocktakeRows",
    method="POST",
    path="/stocktake_rows",
    idempotent=False,
    body="required",
    parse=list_of(StocktakeRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateStocktakeRowsDto,
) -> Response[list[StocktakeRow]]:
    """Create stocktake rows

    Add one or many new rows for a stocktake. The endpoint accepts up to 250 stocktake rows.

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
