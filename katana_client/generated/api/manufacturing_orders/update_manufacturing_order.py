"""Update a manufacturing order: `PATCH /manufacturing_orders/{id}` (generated; do not edit)."""

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

from ...models.manufacturing_order import ManufacturingOrder
from ...models.update_manufacturing_order_dto import UpdateManufacturingOrderDto

OPERATION: Final[Operation[ManufacturingOrder]] = Operation(
    id="updateManufacturingOrder",
    method="PATCH",
    path="/manufacturing_orders/{id}",
    idempotent=True,
    path_params=(("id", "id", "int"),),
    body="required",
    parse=model_of(ManufacturingOrder),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    id: int,
    body: UpdateManufacturingOrderDto,
) -> Response[ManufacturingOrder]:
    """Update a manufacturing order

    Updates the specified manufacturing order by setting the values of the parameters
    passed.
    Any parameters not provided will be left unchanged.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        id: manufacturing order id
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
