"""Creates a sales order shipping fee and add it to sales order: `POST /sales_order_shipping_fee` (generated; do not edit)."""

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

from ...models.add_shipping_fee_dto import AddShippingFeeDto
from ...models.sales_order_shipping_fee import SalesOrderShippingFee

OPERATION: Final[Operation[SalesOrderShippingFee]] = Operation(
    id="addShippingFee",
    method="POST",
    path="/sales_order_shipping_fee",
    idempotent=False,
    body="required",
    parse=model_of(SalesOrderShippingFee),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: AddShippingFeeDto,
) -> Response[SalesOrderShippingFee]:
    """Creates a sales order shipping fee and add it to sales order

    Creates a sales order shipping fee and add it to sales order.

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
