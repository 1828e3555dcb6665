"""List all sales order rows: `GET /sales_order_rows` (generated; do not edit)."""

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

from ...models.get_all_sales_order_rows_extend_item import GetAllSalesOrderRowsExtendItem
from ...models.get_all_sales_order_rows_product_availability import (
    GetAllSalesOrderRowsProductAvailability,
)
from ...models.sales_order_row_list import SalesOrderRowList

OPERATION: Final[Operation[SalesOrderRowList]] = Operation(
    id="getAllSalesOrderRows",
    method="GET",
    path="/sales_order_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(SalesOrderRowList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    sales_order_ids: list[int] | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    tax_rate_id: int | Unset = UNSET,
    linked_manufacturing_order_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    product_availability: GetAllSalesOrderRowsProductAvailability | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    extend: list[GetAllSalesOrderRowsExtendItem] | Unset = UNSET,
) -> Response[SalesOrderRowList]:
    """List all sales order rows

    Returns a list of sales order rows you’ve previously created.
    The sales order rows are returned in a sorted order,
    with the most recent sales order rows appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        ids: Filters sales order rows by an array of IDs
        sales_order_ids: Filters sales order rows by an array of sales order ids
        variant_id: Filters sales order rows by variant id.
        tax_rate_id: Filters sales order rows by tax rate id.
        linked_manufacturing_order_id: Filters sales order rows manufacturing order id.
        location_id: Filters sales order rows by location
        product_availability: Filters sales order rows by product availability
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
        extend: Array of objects that need to be added to the response

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
