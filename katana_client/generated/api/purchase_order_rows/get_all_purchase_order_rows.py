"""List all purchase order rows: `GET /purchase_order_rows` (generated; do not edit)."""

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

from ...models.purchase_order_row_list import PurchaseOrderRowList

OPERATION: Final[Operation[PurchaseOrderRowList]] = Operation(
    id="getAllPurchaseOrderRows",
    method="GET",
    path="/purchase_order_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    query=(
        "page",
        "limit",
        "created_at_min",
        "created_at_max",
        "updated_at_min",
        "updated_at_max",
        "ids",
        "purchase_order_id",
        "variant_id",
        "tax_rate_id",
        "purchase_uom",
        "location_id",
        "include_deleted",
    ),
    parse=model_of(PurchaseOrderRowList),
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
    purchase_order_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    tax_rate_id: int | Unset = UNSET,
    purchase_uom: str | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
) -> Response[PurchaseOrderRowList]:
    """List all purchase order rows

    Returns a list of purchase order rows you’ve previously created.
    The purchase order rows are returned in sorted order, with the most recent rows
    appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        purchase_order_id: Query parameter `purchase_order_id`.
        variant_id: Query parameter `variant_id`.
        tax_rate_id: Query parameter `tax_rate_id`.
        purchase_uom: Query parameter `purchase_uom`.
        location_id: Query parameter `location_id`.
        include_deleted: Query parameter `include_deleted`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """
    return await send(OPERATION, client, locals())


asyncio = parsed(asyncio_detailed)
