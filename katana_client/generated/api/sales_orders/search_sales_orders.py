"""Search sales orders with advanced filters: `POST /sales_orders/search` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    model_of,
    parsed,
    send,
)

from ...models.sales_order_list import SalesOrderList
from ...models.search_sales_orders_dto import SearchSalesOrdersDto

OPERATION: Final[Operation[SalesOrderList]] = Operation(
    id="searchSalesOrders",
    method="POST",
    path="/sales_orders/search",
    idempotent=True,
    list_items="data",
    pagination="body",
    body="required",
    parse=model_of(SalesOrderList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: SearchSalesOrdersDto,
) -> Response[SalesOrderList]:
    """Search sales orders with advanced filters

    > 🚧 **Beta — subject to change.** This endpoint is publicly available, but its
    request/response shape may evolve before General Availability as we incorporate early
    feedback.

    Searches sales orders using a structured filter body with nested logical operators
    (`and`, `or`) and per-field comparators. Use this when the flat query parameters on `GET
    /sales_orders` aren’t expressive enough. The response payload matches `GET
    /sales_orders`.

    Only the fields listed in the request schema may appear in `where` and `order`; unknown
    fields return 422. Custom field values are addressable via `custom_fields.<uuid>` nested
    paths.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

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
