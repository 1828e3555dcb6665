"""List all bin locations: `GET /bin_locations` (generated; do not edit)."""

from __future__ import annotations

from typing import Final

from katana_client._runtime import (
    UNSET,
    Operation,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    model_of,
    parsed,
    send,
)

from ...models.bin_location_list import BinLocationList

OPERATION: Final[Operation[BinLocationList]] = Operation(
    id="getAllBinLocations",
    method="GET",
    path="/bin_locations",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(BinLocationList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    location_id: int | Unset = UNSET,
    bin_name: str | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[BinLocationList]:
    """List all bin locations

    Returns a list of bin locations you’ve previously created.
    The bin locations are returned in sorted order, with the most recent bin location
    appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        location_id: Filters bin locations by location. By default bin locations are returned for all
            locations
        bin_name: Filters bin locations by name
        ids: Query parameter `ids`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.

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
