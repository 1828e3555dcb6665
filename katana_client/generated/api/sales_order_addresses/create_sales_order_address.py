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
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
