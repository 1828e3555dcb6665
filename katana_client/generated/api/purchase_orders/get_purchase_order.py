"""Retrieve a purchase order: `GET /purchase_orders/{id}` (generated; do not edit)."""

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

from ...models.get_purchase_order_extend_item import GetPurchaseOrderExtendItem
from ...models.purchase_order import PurchaseOrder

OPERATION: Final[Operation[PurchaseOrder]] = Operation(
    id="getPurchaseOrder",
    method="GET",
    path="/purchase_orders/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    parse=model_of(PurchaseOrder),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    *,
    extend: list[GetPurchaseOrderExtendItem] | Unset = UNSET,
) -> Response[PurchaseOrder]:
    """Retrieve a purchase order

    Retrieves the details of an existing purchase order based on ID

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: Purchase order id
        extend: Array of objects that need to be added to the response

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
