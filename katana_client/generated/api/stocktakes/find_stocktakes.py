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
    query=(
        "page",
        "limit",
        "ids",
        "created_at_min",
        "created_at_max",
        "updated_at_min",
        "updated_at_max",
        "stocktake_number",
        "status",
        "stock_adjustment_id",
        "location_id",
        "include_deleted",
    ),
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
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        ids: Query parameter `ids`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        stocktake_number: Query parameter `stocktake_number`.
        status: Query parameter `status`.
        stock_adjustment_id: Query parameter `stock_adjustment_id`.
        location_id: Query parameter `location_id`.
        include_deleted: Query parameter `include_deleted`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
