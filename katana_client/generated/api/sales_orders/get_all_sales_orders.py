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
    query=(
        "page",
        "limit",
        "created_at_min",
        "created_at_max",
        "updated_at_min",
        "updated_at_max",
        "ids",
        "order_no",
        "source",
        "customer_id",
        "location_id",
        "invoicing_status",
        "product_availability",
        "ingredient_availability",
        "production_status",
        "status",
        "currency",
        "ecommerce_order_type",
        "ecommerce_store_name",
        "ecommerce_order_id",
        "include_deleted",
    ),
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
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        order_no: Query parameter `order_no`.
        source: Query parameter `source`.
        customer_id: Query parameter `customer_id`.
        location_id: Query parameter `location_id`.
        invoicing_status: Query parameter `invoicing_status`.
        product_availability: Query parameter `product_availability`.
        ingredient_availability: Query parameter `ingredient_availability`.
        production_status: Query parameter `production_status`.
        status: Query parameter `status`.
        currency: Query parameter `currency`.
        ecommerce_order_type: Query parameter `ecommerce_order_type`.
        ecommerce_store_name: Query parameter `ecommerce_store_name`.
        ecommerce_order_id: Query parameter `ecommerce_order_id`.
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
