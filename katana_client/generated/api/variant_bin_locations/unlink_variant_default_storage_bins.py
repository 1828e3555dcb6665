"""Unlink variant default storage bins: `POST /unlink_variant_bin_locations` (generated; do not edit)."""

from __future__ import annotations

from typing import Any, Final

from katana_client._runtime import (
    Operation,
    Response,
    SupportsAsyncHTTPX,
    parsed,
    send,
)

from ...models.unlink_bin_location_dto import UnlinkBinLocationDto

OPERATION: Final[Operation[Any]] = Operation(
    id="unlinkVariantDefaultStorageBins",
    method="POST",
    path="/unlink_variant_bin_locations",
    idempotent=True,
    body="required",
    parse=None,
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: list[UnlinkBinLocationDto],
) -> Response[Any]:
    """Unlink variant default storage bins

    Bulk operation for unlinking variants from the default storage bins available in a
    specific location.
    The endpoint accepts up to 500 variant bin location objects.

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
