"""Get returnable items: `GET /sales_orders/{id}/returnable_items` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    list_of,
    parsed,
    send,
)

from ...models.returnable_item import ReturnableItem

OPERATION: Final[Operation[list[ReturnableItem]]] = Operation(
    id="getReturnableItems",
    method="GET",
    path="/sales_orders/{id}/returnable_items",
    idempotent=True,
    list_items="root",
    path_params=(("id", "id", "int"),),
    parse=list_of(ReturnableItem),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
) -> Response[list[ReturnableItem]]:
    """Get returnable items

    Get returnable items for a sales order

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Sales order id

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
