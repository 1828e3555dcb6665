"""List all services: `GET /services` (generated; do not edit)."""

from __future__ import annotations

import datetime
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

from ...models.service_list import ServiceList

OPERATION: Final[Operation[ServiceList]] = Operation(
    id="getAllServices",
    method="GET",
    path="/services",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(ServiceList),
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
    uom: str | Unset = UNSET,
    category_name: str | Unset = UNSET,
    is_sellable: bool | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[ServiceList]:
    """List all services

    Returns a list of services you’ve previously created. The services are returned in
    sorted order, with the most recent services appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters services by an array of IDs
        name: Filters services by a name
        uom: Filters services by a uom
        category_name: Filters services by a category name
        is_sellable: Filters services by ability to sell
        include_archived: Archived data is excluded from result set by default. Set to true to include it.
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
