"""Retrieve a sales order fulfillment: `GET /sales_order_fulfillments/{id}` (generated; do not edit)."""

from __future__ import annotations

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

from ...models.sales_order_fulfillment import SalesOrderFulfillment

OPERATION: Final[Operation[SalesOrderFulfillment]] = Operation(
    id="getSalesOrderFulfillment",
    method="GET",
    path="/sales_order_fulfillments/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_of(SalesOrderFulfillment),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    *,
    include_deleted: bool | Unset = UNSET,
) -> Response[SalesOrderFulfillment]:
    """Retrieve a sales order fulfillment

    Retrieves the details of an existing sales order fulfillment based on ID

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Sales order fulfillment id
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.

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
