"""List current batch stock: `GET /batch_stocks` (generated; do not edit)."""

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

from ...models.batch_stock_list import BatchStockList

OPERATION: Final[Operation[BatchStockList]] = Operation(
    id="getBatchStock",
    method="GET",
    path="/batch_stocks",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(BatchStockList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    batch_id: int | Unset = UNSET,
    batch_number: str | Unset = UNSET,
    location_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    batch_barcode: str | Unset = UNSET,
    include_empty: bool | Unset = UNSET,
    batch_created_at_max: str | Unset = UNSET,
    batch_created_at_min: str | Unset = UNSET,
) -> Response[BatchStockList]:
    """List current batch stock

    Returns a list for current batch stock.
    The inventory is returned in sorted order, base on location_id ASC, variant_id ASC,
    batch_id DESC.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        batch_id: Filters stock by a valid batch id
        batch_number: Filters stock by a valid batch number
        location_id: Filters stock by a valid location id
        variant_id: Filters stock by a valid variant id
        batch_barcode: Filter stock by batch barcode
        include_empty: Include empty batches in result
        batch_created_at_max: Maximum value for batch_created_at range. Must be compatible with ISO 8601 format
        batch_created_at_min: Minimum value for batch_created_at range. Must be compatible with ISO 8601 format

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
