"""Update a sales order row: `PATCH /sales_order_rows/{id}` (generated; do not edit)."""

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

from ...models.sales_order_row import SalesOrderRow
from ...models.update_sales_order_row_dto import UpdateSalesOrderRowDto

OPERATION: Final[Operation[SalesOrderRow]] = Operation(
    id="updateSalesOrderRow",
    method="PATCH",
    path="/sales_order_rows/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(SalesOrderRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateSalesOrderRowDto,
) -> Response[SalesOrderRow]:
    """Update a sales order row

    Updates the specified sales order row by setting the values of the parameters passed.
    Any parameters not provided will be left unchanged.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Sales order row id
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaParameterError: A path value is of the wrong type or could name another path;
            nothing was sent.
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.
        KatanaResponseShapeError: The body is not the documented result; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
