"""Create a manufacturing order operation row: `POST /manufacturing_order_operation_rows` (generated; do not edit)."""

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

from ...models.create_manufacturing_order_operation_row_dto import (
    CreateManufacturingOrderOperationRowDto,
)
from ...models.manufacturing_order_operation_row import ManufacturingOrderOperationRow

OPERATION: Final[Operation[ManufacturingOrderOperationRow]] = Operation(
    id="createManufacturingOrderOperationRow",
    method="POST",
    path="/manufacturing_order_operation_rows",
    idempotent=False,
    body="required",
    parse=model_of(ManufacturingOrderOperationRow),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CreateManufacturingOrderOperationRowDto,
) -> Response[ManufacturingOrderOperationRow]:
    """Create a manufacturing order operation row

    Add an operation row to an existing manufacturing order. Operation rows cannot be added
    when the
    manufacturing order status is DONE.

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
