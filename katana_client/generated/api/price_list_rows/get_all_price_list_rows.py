"""List all price list rows: `GET /price_list_rows` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    model_of,
    parsed,
    send,
)

from ...models.price_list_row_list import PriceListRowList

OPERATION: Final[Operation[PriceListRowList]] = Operation(
    id="getAllPriceListRows",
    method="GET",
    path="/price_list_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(PriceListRowList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    ids: list[int] | Unset = UNSET,
    variant_ids: list[int] | Unset = UNSET,
    price_list_ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[PriceListRowList]:
    """List all price list rows

    Returns a list of price list rows you’ve previously created.
    The price list rows are returned in a sorted order,
    with the most recent price list rows appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        ids: Filters price list rows by an array of IDs
        variant_ids: Filters price list rows by an array of variant IDs
        price_list_ids: Filters price list rows by an array of price list IDs
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.

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
