"""Assign serial numbers to a resource: `POST /serial_numbers` (generated; do not edit)."""

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

from ...models.add_serial_numbers_to_entity_dto import AddSerialNumbersToEntityDto
from ...models.serial_numbers_result import SerialNumbersResult

OPERATION: Final[Operation[SerialNumbersResult]] = Operation(
    id="createSerialNumbers",
    method="POST",
    path="/serial_numbers",
    idempotent=False,
    body="required",
    parse=model_of(SerialNumbersResult),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: AddSerialNumbersToEntityDto,
) -> Response[SerialNumbersResult]:
    """Assign serial numbers to a resource

    Assigns the provided list of serial numbers to the specified resource.

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
