"""Link variant default storage bins: `POST /variant_bin_locations` (generated; do not edit)."""

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

from ...models.variant_bin_location import VariantBinLocation
from ...models.variant_bin_location_upsert_dto import VariantBinLocationUpsertDto

OPERATION: Final[Operation[list[VariantBinLocation]]] = Operation(
    id="linkVariantDefaultStorageBins",
    method="POST",
    path="/variant_bin_locations",
    idempotent=True,
    body="optional",
    parse=list_of(VariantBinLocation),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    body: list[VariantBinLocationUpsertDto] | Unset = UNSET,
) -> Response[list[VariantBinLocation]]:
    """Link variant default storage bins

    Bulk operation for linking variants with the default storage bins.
    In case the default storage bin doesn't yet exist, it will be created and linked to the
    variant.
    This endpoint can also be used for changing existing links of the variants to different
    storage bins.

    The endpoint accepts up to 500 variant storage bin objects.

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
