"""List all sales returns: `GET /sales_returns` (generated; do not edit)."""

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

from ...models.get_all_sales_returns_refund_status import GetAllSalesReturnsRefundStatus
from ...models.get_all_sales_returns_status import GetAllSalesReturnsStatus
from ...models.sales_return_list import SalesReturnList

OPERATION: Final[Operation[SalesReturnList]] = Operation(
    id="getAllSalesReturns",
    method="GET",
    path="/sales_returns",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(SalesReturnList),
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
    return_location_id: int | Unset = UNSET,
    order_no: str | Unset = UNSET,
    sales_order_no: str | Unset = UNSET,
    status: GetAllSalesReturnsStatus | Unset = UNSET,
    refund_status: GetAllSalesReturnsRefundStatus | Unset = UNSET,
    order_created_date_min: str | Unset = UNSET,
    order_created_date_max: str | Unset = UNSET,
    order_return_date_min: str | Unset = UNSET,
    order_return_date_max: str | Unset = UNSET,
) -> Response[SalesReturnList]:
    """List all sales returns

    Returns a list of sales returns you've previously created.
    The sales returns are returned in a sorted order,
    with the most recent sales return appearing first.

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
        return_location_id: Query parameter `return_location_id`.
        order_no: Query parameter `order_no`.
        sales_order_no: Query parameter `sales_order_no`.
        status: Filters sales returns by a (return) status
        refund_status: Filters sales returns by a refund status
        order_created_date_min: Minimum value for order_created_date range. Must be compatible with ISO 8601 format
        order_created_date_max: Maximum value for order_created_date range. Must be compatible with ISO 8601 format
        order_return_date_min: Query parameter `order_return_date_min`.
        order_return_date_max: Query parameter `order_return_date_max`.

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
