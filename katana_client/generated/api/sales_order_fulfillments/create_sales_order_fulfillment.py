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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
