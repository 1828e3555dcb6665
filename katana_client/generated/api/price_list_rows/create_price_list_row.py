"""Create price list rows: `POST /price_list_rows` (generated; do not edit)."""

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

from ...models.create_price_list_rows_dto import CreatePriceListRowsDto
from ...models.price_list_row import PriceListRow

OPERATION: Final[Operation[list[PriceListRow]]] = Operation(
    id="createPriceListRow",
    method="POST",
    path="/price_list_rows",
    idempotent=False,
    body="required",
    parse=list_of(PriceListRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreatePriceListRowsDto,
) -> Response[list[PriceListRow]]:
    """Create price list rows

    Add variants to a price list.

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
