"""List all price lists: `GET /price_lists` (generated; do not edit)."""

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

from ...models.price_list_list import PriceListList

OPERATION: Final[Operation[PriceListList]] = Operation(
    id="getAllPriceLists",
    method="GET",
    path="/price_lists",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(PriceListList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    name: str | Unset = UNSET,
    is_active: bool | Unset = UNSET,
    ids: list[int] | Unset = UNSET,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
) -> Response[PriceListList]:
    """List all price lists

    Returns a list of price lists you’ve previously created.
    The price lists are returned in a sorted order,
    with the most recent price lists appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        name: Filters price lists by an name
        is_active: Filters price lists by a status
        ids: Filters price lists by an array of IDs
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.

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
