"""List all stock transfers: `GET /stock_transfers` (generated; do not edit)."""

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

from ...models.stock_transfer_list import StockTransferList

OPERATION: Final[Operation[StockTransferList]] = Operation(
    id="findStockTransfers",
    method="GET",
    path="/stock_transfers",
    idempotent=True,
    list_items="data",
    pagination="query",
    query=(
        "page",
        "limit",
        "created_at_min",
        "created_at_max",
        "updated_at_min",
        "updated_at_max",
        "ids",
        "stock_transfer_number",
        "source_location_id",
        "target_location_id",
        "include_deleted",
    ),
    parse=model_of(StockTransferList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    stock_transfer_number: str | Unset = UNSET,
    source_location_id: int | Unset = UNSET,
    target_location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[StockTransferList]:
    """List all stock transfers

    Returns a list of stock transfers you’ve previously created.
    The stock transfers are returned in sorted order, with the most recent
    stock transfers appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        stock_transfer_number: Query parameter `stock_transfer_number`.
        source_location_id: Query parameter `source_location_id`.
        target_location_id: Query parameter `target_location_id`.
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
