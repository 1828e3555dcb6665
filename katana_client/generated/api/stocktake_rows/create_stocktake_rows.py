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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
