"""List all manufacturing orders: `GET /manufacturing_orders` (generated; do not edit)."""

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

from ...models.get_all_manufacturing_orders_status import GetAllManufacturingOrdersStatus
from ...models.manufacturing_order_list import ManufacturingOrderList

OPERATION: Final[Operation[ManufacturingOrderList]] = Operation(
    id="getAllManufacturingOrders",
    method="GET",
    path="/manufacturing_orders",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(ManufacturingOrderList),
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
    status: GetAllManufacturingOrdersStatus | Unset = UNSET,
    order_no: str | Unset = UNSET,
    location_id: int | Unset = UNSET,
    is_linked_to_sales_order: bool | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[ManufacturingOrderList]:
    """List all manufacturing orders

    Returns a list of manufacturing orders you’ve previously created.
    The manufacturing orders are returned in sorted order, with the most recent
    manufacturing orders appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters manufacturing orders by an array of IDs
        status: Filters manufacturing orders by a status.
        order_no: Filters manufacturing orders by an order number.
        location_id: Filters manufacturing orders by location.
        is_linked_to_sales_order: Filters based on whether a manufacturing order is linked to a sales order or not.
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
