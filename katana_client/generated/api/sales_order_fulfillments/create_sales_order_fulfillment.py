"""Create a sales order fulfillment: `POST /sales_order_fulfillments` (generated; do not edit)."""

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

from ...models.create_sales_order_fulfillment_dto import CreateSalesOrderFulfillmentDto
from ...models.sales_order_fulfillment import SalesOrderFulfillment

OPERATION: Final[Operation[SalesOrderFulfillment]] = Operation(
    id="createSalesOrderFulfillment",
    method="POST",
    path="/sales_order_fulfillments",
    idempotent=False,
    body="required",
    parse=model_of(SalesOrderFulfillment),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateSalesOrderFulfillmentDto,
) -> Response[SalesOrderFulfillment]:
    """Create a sales order fulfillment

    Creates a new fulfillment for an existing sales order.

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
