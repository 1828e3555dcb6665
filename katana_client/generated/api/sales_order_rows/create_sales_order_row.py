"""Create a sales order row: `POST /sales_order_rows` (generated; do not edit)."""

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

from ...models.create_sales_order_row_with_sales_order_id_dto import (
    CreateSalesOrderRowWithSalesOrderIdDto,
)
from ...models.sales_order_row import SalesOrderRow

OPERATION: Final[Operation[SalesOrderRow]] = Operation(
    id="createSalesOrderRow",
    method="POST",
    path="/sales_order_rows",
    idempotent=False,
    body="required",
    parse=model_of(SalesOrderRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateSalesOrderRowWithSalesOrderIdDto,
) -> Response[SalesOrderRow]:
    """Create a sales order row

    Add a sales order row to an existing sales order.
    Rows can be added only when the sales order status is NOT_SHIPPED or PENDING.

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
