"""List all sales orders: `GET /sales_orders` (generated; do not edit)."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from katana_client._runtime import (
    UNSET,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    build_response,
    query_params,
)

from ...models.get_all_sales_orders_ingredient_availability import (
    GetAllSalesOrdersIngredientAvailability,
)
from ...models.get_all_sales_orders_product_availability import GetAllSalesOrdersProductAvailability
from ...models.get_all_sales_orders_production_status import GetAllSalesOrdersProductionStatus
from ...models.sales_order_list import SalesOrderList

OPERATION_ID: Final = "getAllSalesOrders"
METHOD: Final = "GET"
PATH: Final = "/sales_orders"
# Whether sending this request twice has the same effect as sending it once; the
# resilience layer only retries a request that may have reached Katana when it is.
IDEMPOTENT: Final = True
# For list operations: where the items are ("data": `{"data": [...]}`, "root": a bare
# array) and how pages are requested ("query": page/limit parameters, "body": the
# request body's filter); None when the operation does not list or does not page.
LIST_ITEMS: Final[str | None] = "data"
PAGINATION: Final[str | None] = "query"
# Sent with every request as the httpx extension "katana_operation", so that the layers
# below (retries, rate limiting, logging) know which operation a request is and whether
# it may be repeated, without a list of operations in handwritten code.
OPERATION: Final[Mapping[str, Any]] = MappingProxyType(
    {
        "id": OPERATION_ID,
        "method": METHOD,
        "path": PATH,
        "idempotent": IDEMPOTENT,
        "list_items": LIST_ITEMS,
        "pagination": PAGINATION,
    }
)


def _get_kwargs(
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
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "extensions": {"katana_operation": OPERATION},
        "url": PATH,
    }
    kwargs["params"] = query_params(
        {
            "page": page,
            "limit": limit,
            "created_at_min": created_at_min,
            "created_at_max": created_at_max,
            "updated_at_min": updated_at_min,
            "updated_at_max": updated_at_max,
            "ids": ids,
            "order_no": order_no,
            "source": source,
            "customer_id": customer_id,
            "location_id": location_id,
            "invoicing_status": invoicing_status,
            "product_availability": product_availability,
            "ingredient_availability": ingredient_availability,
            "production_status": production_status,
            "status": status,
            "currency": currency,
            "ecommerce_order_type": ecommerce_order_type,
            "ecommerce_store_name": ecommerce_store_name,
            "ecommerce_order_id": ecommerce_order_id,
            "include_deleted": include_deleted,
        }
    )
    return kwargs


def _parse(data: Any) -> SalesOrderList:
    result: SalesOrderList = SalesOrderList._from_owned(data) if data.__class__ is dict else data
    return result


async def asyncio_detailed(
    *,
    client: SupportsAsyncHTTPX,
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

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        updated_at_min=updated_at_min,
        updated_at_max=updated_at_max,
        ids=ids,
        order_no=order_no,
        source=source,
        customer_id=customer_id,
        location_id=location_id,
        invoicing_status=invoicing_status,
        product_availability=product_availability,
        ingredient_availability=ingredient_availability,
        production_status=production_status,
        status=status,
        currency=currency,
        ecommerce_order_type=ecommerce_order_type,
        ecommerce_store_name=ecommerce_store_name,
        ecommerce_order_id=ecommerce_order_id,
        include_deleted=include_deleted,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse)


async def asyncio(
    *,
    client: SupportsAsyncHTTPX,
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
) -> SalesOrderList | None:
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
        The parsed body, or None when Katana sent an empty body.
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        updated_at_min=updated_at_min,
        updated_at_max=updated_at_max,
        ids=ids,
        order_no=order_no,
        source=source,
        customer_id=customer_id,
        location_id=location_id,
        invoicing_status=invoicing_status,
        product_availability=product_availability,
        ingredient_availability=ingredient_availability,
        production_status=production_status,
        status=status,
        currency=currency,
        ecommerce_order_type=ecommerce_order_type,
        ecommerce_store_name=ecommerce_store_name,
        ecommerce_order_id=ecommerce_order_id,
        include_deleted=include_deleted,
    )
    return response.parsed
