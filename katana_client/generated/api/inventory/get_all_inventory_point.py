"""List current inventory: `GET /inventory` (generated; do not edit)."""

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

from ...models.get_all_inventory_point_extend_item import GetAllInventoryPointExtendItem
from ...models.inventory_list import InventoryList

OPERATION: Final[Operation[InventoryList]] = Operation(
    id="getAllInventoryPoint",
    method="GET",
    path="/inventory",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(InventoryList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    variant_id: list[int] | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    extend: list[GetAllInventoryPointExtendItem] | Unset = UNSET,
) -> Response[InventoryList]:
    """List current inventory

    Returns a list for current inventory. The inventory is returned in sorted order,
    with the oldest locations appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        variant_id: Filters inventories by valid variant ids
        location_id: Filters inventories by a valid location id
        include_archived: Includes archived inventories
        extend: Array of objects that need to be added to the response

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
