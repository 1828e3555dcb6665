"""List all manufacturing orders: `GET /manufacturing_order_productions` (generated; do not edit)."""

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

from ...models.manufacturing_order_production_list import ManufacturingOrderProductionList

OPERATION: Final[Operation[ManufacturingOrderProductionList]] = Operation(
    id="getAllManufacturingOrderProductions",
    method="GET",
    path="/manufacturing_order_productions",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(ManufacturingOrderProductionList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    manufacturing_order_ids: list[int] | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[ManufacturingOrderProductionList]:
    """List all manufacturing orders

    Returns a list of manufacturing orders you’ve previously created.
    The manufacturing orders are returned in sorted order, with the most recent
    manufacturing orders appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        ids: Filters manufacturing order productions by an array of IDs
        manufacturing_order_ids: Filters manufacturing order productions by manufacturing order ids.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
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
