"""List all sales orders: `GET /sales_orders` (generated; do not edit)."""

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

from ...models.get_all_sales_orders_ingredient_availability import (
    GetAllSalesOrdersIngredientAvailability,
)
from ...models.get_all_sales_orders_product_availability import GetAllSalesOrdersProductAvailability
from ...models.get_all_sales_orders_production_status import GetAllSalesOrdersProductionStatus
from ...models.sales_order_list import SalesOrderList

OPERATION: Final[Operation[SalesOrderList]] = Operation(
    id="getAllSalesOrders",
    method="GET",
    path="/sales_orders",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(SalesOrderList),
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
    order_no: str | Unset = UNSET,
    source: str | Unset = UNSET,
    customer_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    invoicing_status: str | Unset = UNSET,
    product_availability: GetAllSalesOrdersProductAvailability | Unset = UNSET,
    ingredient_availability: GetAllSalesOrdersIngredientAvailability | Unset = UNSET,
    production_status: GetAllSalesOrdersProductionStatus | Unset = UNSET,
    status: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    ecommerce_order_type: str | Unset = UNSET,
    ecommerce_store_name: str | Unset = UNSET,
    ecommerce_order_id: str | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[SalesOrderList]:
    """List all sales orders

    Returns a list of sales orders you’ve previously created.
    The sales orders are returned in a sorted order,
    with the most recent sales orders appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters sales orders by an array of IDs
        order_no: Filters sales orders by an order number
        source: Filters sales orders by a creation source
        customer_id: Filters sales orders by customer
        location_id: Filters sales orders by location
        invoicing_status: Filters sales orders by an invoicing status
        product_availability: Filters sales orders by product availability
        ingredient_availability: Filters sales orders by ingredient availability
        production_status: Filters sales orders by production status
        status: Filters sales orders by a status
        currency: Filters sales orders by currency
        ecommerce_order_type: Filters sales orders by an e-commerce order type
        ecommerce_store_name: Filters sales orders by an e-commerce store name
        ecommerce_order_id: Filters sales orders by an e-commerce order id
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
