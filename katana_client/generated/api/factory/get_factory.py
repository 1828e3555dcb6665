"""Retrieve the current factory: `GET /factory` (generated; do not edit)."""

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

from ...models.factory import Factory

OPERATION: Final[Operation[Factory]] = Operation(
    id="getFactory",
    method="GET",
    path="/factory",
    idempotent=True,
    parse=model_of(Factory),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
) -> Response[Factory]:
    """Retrieve the current factory

    Returns the general information about the factory.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.

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
