"""List all sales return rows: `GET /sales_return_rows` (generated; do not edit)."""

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

from ...models.sales_return_row_list import SalesReturnRowList

OPERATION: Final[Operation[SalesReturnRowList]] = Operation(
    id="getAllSalesReturnRows",
    method="GET",
    path="/sales_return_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(SalesReturnRowList),
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
    sales_return_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    sales_order_row_id: int | Unset = UNSET,
    reason_id: int | Unset = UNSET,
    restock_location_id: int | Unset = UNSET,
) -> Response[SalesReturnRowList]:
    """List all sales return rows

    Returns a list of sales return rows you've previously created.
    The sales return rows are returned in a sorted order,
    with the most recent sales return row appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters sales returns by an array of IDs
        sales_return_id: Filters sales return rows by a sales return id
        variant_id: Filters sales return rows by a variant id
        sales_order_row_id: Filters sales return rows by a sales order row id
        reason_id: Filters sales return rows by a reason id
        restock_location_id: Filters sales return rows by a restock location id

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
