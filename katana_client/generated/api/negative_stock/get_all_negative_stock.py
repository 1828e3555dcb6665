"""List all variants with negative stock: `GET /negative_stock` (generated; do not edit)."""

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

from ...models.negative_stock_list import NegativeStockList

OPERATION: Final[Operation[NegativeStockList]] = Operation(
    id="getAllNegativeStock",
    method="GET",
    path="/negative_stock",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(NegativeStockList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    variant_id: int | Unset = UNSET,
    latest_negative_stock_date_max: str | Unset = UNSET,
    latest_negative_stock_date_min: str | Unset = UNSET,
    name: str | Unset = UNSET,
    sku: str | Unset = UNSET,
    category: str | Unset = UNSET,
) -> Response[NegativeStockList]:
    """List all variants with negative stock

    Returns a list of variants with negative stock balance.
    Each variant has a date of the latest stock movement that resulted in negative stock
    balance.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        location_id: Filters negative stock by a valid location id
        variant_id: Filters negative stock by a valid variant id
        latest_negative_stock_date_max: Filters negative stock by a latest negative stock date max
        latest_negative_stock_date_min: Filters negative stock by a latest negative stock date min
        name: Filters negative stock by a name
        sku: Filters negative stock by a sku
        category: Filters negative stock by a category

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
