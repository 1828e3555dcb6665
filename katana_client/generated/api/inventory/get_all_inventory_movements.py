"""List all inventory movements: `GET /inventory_movements` (generated; do not edit)."""

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

from ...models.get_all_inventory_movements_resource_type import GetAllInventoryMovementsResourceType
from ...models.inventory_movement_list import InventoryMovementList

OPERATION: Final[Operation[InventoryMovementList]] = Operation(
    id="getAllInventoryMovements",
    method="GET",
    path="/inventory_movements",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(InventoryMovementList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    variant_ids: list[int] | Unset = UNSET,
    resource_type: GetAllInventoryMovementsResourceType | Unset = UNSET,
    resource_id: int | Unset = UNSET,
    caused_by_order_no: str | Unset = UNSET,
    caused_by_resource_id: int | Unset = UNSET,
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
) -> Response[InventoryMovementList]:
    """List all inventory movements

    Returns a list of inventory movements created by your Katana resources.
    The inventory movements are returned in sorted order, with the most recent movements
    appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        location_id: Filters inventory movements by a location_id
        ids: Filters inventory movements by an array of IDs
        variant_ids: Filters inventory movements by an array of variant ids
        resource_type: Filters inventory movements by a resource type
        resource_id: Filters inventory movements by a resource_id
        caused_by_order_no: Filters inventory movements by a caused_by_order_no
        caused_by_resource_id: Filters inventory movements by a caused_by_resource_id
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).

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
