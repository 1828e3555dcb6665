"""List all stocktakes: `GET /stocktakes` (generated; do not edit)."""

from __future__ import annotations

import datetime
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

from ...models.find_stocktakes_status import FindStocktakesStatus
from ...models.stocktake_list import StocktakeList

OPERATION: Final[Operation[StocktakeList]] = Operation(
    id="findStocktakes",
    method="GET",
    path="/stocktakes",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(StocktakeList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    stocktake_number: str | Unset = UNSET,
    status: FindStocktakesStatus | Unset = UNSET,
    stock_adjustment_id: str | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[StocktakeList]:
    """List all stocktakes

    Returns a list of stocktakes you’ve previously created. The stocktakes are returned in
    sorted order,
    with the most recent stocktakes appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        ids: Filters stocktakes by an array of IDs
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        stocktake_number: Filters stocktakes by a stocktake number
        status: Filters stocktakes by status
        stock_adjustment_id: Filters stocktakes by stock adjustment id
        location_id: Filters stocktakes by location
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.

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
