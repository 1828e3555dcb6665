"""Create a sales order address: `POST /sales_order_addresses` (generated; do not edit)."""

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

from ...models.create_sales_order_address_dto import CreateSalesOrderAddressDto
from ...models.sales_order_address import SalesOrderAddress

OPERATION: Final[Operation[SalesOrderAddress]] = Operation(
    id="createSalesOrderAddress",
    method="POST",
    path="/sales_order_addresses",
    idempotent=False,
    body="required",
    parse=model_of(SalesOrderAddress),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateSalesOrderAddressDto,
) -> Response[SalesOrderAddress]:
    """Create a sales order address

    Creates a new sales order address object.

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
