"""Create a manufacturing order production: `POST /manufacturing_order_productions` (generated; do not edit)."""

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

from ...models.complete_partially_mo_dto import CompletePartiallyMoDto
from ...models.manufacturing_order_production import ManufacturingOrderProduction

OPERATION: Final[Operation[ManufacturingOrderProduction]] = Operation(
    id="createManufacturingOrderProduction",
    method="POST",
    path="/manufacturing_order_productions",
    idempotent=False,
    body="required",
    parse=model_of(ManufacturingOrderProduction),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: CompletePartiallyMoDto,
) -> Response[ManufacturingOrderProduction]:
    """Create a manufacturing order production

    Creates a new manufacturing order production (partial completion).

    **Ingredient and Operation Consumption Behavior:**

    The following behavior applies independently to the 'ingredients' and 'operations'
    arrays:

    - **When an array is provided with data**: Records the specified consumption values.
    - **When an array is provided but empty ([])**: Records production but no consumption
    for that array.
    - **When an array is omitted**: Automatically creates consumption based on the
    manufacturing order plan.

    This allows flexible reporting: explicit values, no consumption, or auto-calculated from
    plan.

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
