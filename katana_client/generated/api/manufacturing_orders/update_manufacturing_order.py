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
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaParameterError: A path value is of the wrong type or could name another
            path; nothing was sent.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
