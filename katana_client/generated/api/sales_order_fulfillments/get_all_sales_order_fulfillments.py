"""List all sales order fulfillments: `GET /sales_order_fulfillments` (generated; do not edit)."""

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

from ...models.get_all_sales_order_fulfillments_invoice_status import (
    GetAllSalesOrderFulfillmentsInvoiceStatus,
)
from ...models.get_all_sales_order_fulfillments_status import GetAllSalesOrderFulfillmentsStatus
from ...models.sales_order_fulfillment_list import SalesOrderFulfillmentList

OPERATION: Final[Operation[SalesOrderFulfillmentList]] = Operation(
    id="getAllSalesOrderFulfillments",
    method="GET",
    path="/sales_order_fulfillments",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(SalesOrderFulfillmentList),
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
    picked_date_min: str | Unset = UNSET,
    tracking_number: str | Unset = UNSET,
    tracking_url: str | Unset = UNSET,
    tracking_carrier: str | Unset = UNSET,
    tracking_method: str | Unset = UNSET,
    sales_order_id: int | Unset = UNSET,
    status: GetAllSalesOrderFulfillmentsStatus | Unset = UNSET,
    invoice_status: GetAllSalesOrderFulfillmentsInvoiceStatus | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[SalesOrderFulfillmentList]:
    """List all sales order fulfillments

    Returns a list of sales order fulfillments you’ve previously created.
    The sales order fulfillments are returned in a sorted order,
    with the most recent sales order fulfillments appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        picked_date_min: Filters sales order fulfillments by a picked date min
        tracking_number: Filters sales order fulfillments by a tracking number
        tracking_url: Filters sales order fulfillments by a tracking url
        tracking_carrier: Filters sales order fulfillments by a tracking carrier
        tracking_method: Filters sales order fulfillments by a tracking method
        sales_order_id: Filters sales order fulfillments by a sales order id
        status: Filters sales order fulfillments by a status
        invoice_status: Query parameter `invoice_status`.
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
