"""Receive a purchase order: `POST /purchase_order_receive` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

from ...models.purchase_order_row_receive_dto import PurchaseOrderRowReceiveDto

OPERATION: Final[Operation[Any]] = Operation(
    id="receivePurchaseOrder",
    method="POST",
    path="/purchase_order_receive",
    idempotent=False,
    body="required",
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: PurchaseOrderRowReceiveDto | list[PurchaseOrderRowReceiveDto],
) -> Response[Any]:
    """Receive a purchase order

    If you receive the items on the purchase order, you can mark the purchase order as
    received.
    This will update the existing purchase order rows quantities to the quantities left
    unreceived and
    create a new rows with the received quantities and dates. If you want to mark all rows
    as received and
    the order doesn’t contain batch tracked items, you can use PATCH /purchase_orders/id
    endpoint.
    Reverting the receive must also be done through that endpoint.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        body: The request body, sent as JSON.

    Raises:
        KatanaAPIError: Katana answered with an error status (`KatanaNotFoundError`, ...).
        KatanaTransportError: No response arrived (a timeout or a connection failure).
        KatanaJSONDepthError: The body nests deeper than 128 levels; the request succeeded.

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
