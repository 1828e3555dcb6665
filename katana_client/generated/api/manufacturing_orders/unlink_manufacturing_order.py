"""Unlink a manufacturing order from sales order row: `POST /manufacturing_order_unlink` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

from ...models.unlink_manufacturing_order_dto import UnlinkManufacturingOrderDto

OPERATION: Final[Operation[Any]] = Operation(
    id="unlinkManufacturingOrder",
    method="POST",
    path="/manufacturing_order_unlink",
    idempotent=True,
    body="required",
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: UnlinkManufacturingOrderDto,
) -> Response[Any]:
    """Unlink a manufacturing order from sales order row

    Unlinks the manufacturing order from a particular sales order row.

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
