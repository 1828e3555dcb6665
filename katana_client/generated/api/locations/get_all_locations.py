"""List all locations: `GET /locations` (generated; do not edit)."""

from __future__ import annotations

import datetime
from decimal import Decimal
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

from ...models.location_list import LocationList

OPERATION: Final[Operation[LocationList]] = Operation(
    id="getAllLocations",
    method="GET",
    path="/locations",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(LocationList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    name: str | Unset = UNSET,
    legal_name: str | Unset = UNSET,
    address_id: int | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    sales_allowed: bool | Unset = UNSET,
    manufacturing_allowed: bool | Unset = UNSET,
    purchases_allowed: bool | Unset = UNSET,
    rank: Decimal | float | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[LocationList]:
    """List all locations

    Returns a list of locations you’ve previously created. The locations are returned in
    sorted order,
    with the most recent locations appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters locations by an array of IDs
        name: Filters locations by a name
        legal_name: Filters locations by a legal_name
        address_id: Filters locations by an address_id
        is_primary: Query parameter `is_primary`.
        sales_allowed: Filters locations by a sales_allowed
        manufacturing_allowed: Filters locations by a manufacturing_allowed
        purchases_allowed: Filters locations by a purchases_allowed
        rank: Filters locations by a rank
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
