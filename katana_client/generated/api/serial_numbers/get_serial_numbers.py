"""Returns a list of serial numbers: `GET /serial_numbers` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    list_of,
    parsed,
    send,
)

from ...models.get_serial_numbers_resource_type import GetSerialNumbersResourceType
from ...models.serial_number import SerialNumber

OPERATION: Final[Operation[list[SerialNumber]]] = Operation(
    id="getSerialNumbers",
    method="GET",
    path="/serial_numbers",
    idempotent=True,
    list_items="root",
    pagination="query",
    parse=list_of(SerialNumber),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    resource_type: GetSerialNumbersResourceType | Unset = UNSET,
    resource_id: int | Unset = UNSET,
) -> Response[list[SerialNumber]]:
    """Returns a list of serial numbers

    Returns a list of serial numbers linked to the specified resource, sorted
    alphabetically.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        resource_type: Resource type
        resource_id: Resource id

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
