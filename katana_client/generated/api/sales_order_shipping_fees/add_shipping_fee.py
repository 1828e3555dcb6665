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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
