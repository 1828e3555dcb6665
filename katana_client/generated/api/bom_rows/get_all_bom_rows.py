"""List all BOM rows: `GET /bom_rows` (generated; do not edit)."""

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

from ...models.bom_row_list import BomRowList

OPERATION: Final[Operation[BomRowList]] = Operation(
    id="getAllBomRows",
    method="GET",
    path="/bom_rows",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(BomRowList),
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
    id: str | Unset = UNSET,
    product_variant_id: int | Unset = UNSET,
    product_item_id: int | Unset = UNSET,
    ingredient_variant_id: int | Unset = UNSET,
) -> Response[BomRowList]:
    """List all BOM rows

    Returns a list of BOM (Bill of Materials) rows you've previously created.
    Product variant BOM consists of ingredient variants and their quantities.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        id: Filters BOM rows by ID
        product_variant_id: Filters BOM rows by product variant ID
        product_item_id: Filters BOM rows by product item ID
        ingredient_variant_id: Filters BOM rows by ingredient variant ID

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
