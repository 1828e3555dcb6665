"""List current inventory: `GET /inventory` (generated; do not edit)."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from katana_client._runtime import (
    UNSET,
    Response,
    SupportsAsyncHTTPX,
    Unset,
    build_response,
    query_params,
)

from ...models.get_all_inventory_point_extend_item import GetAllInventoryPointExtendItem
from ...models.inventory_list import InventoryList

OPERATION_ID: Final = "getAllInventoryPoint"
METHOD: Final = "GET"
PATH: Final = "/inventory"
# Whether sending this request twice has the same effect as sending it once; the
# resilience layer only retries a request that may have reached Katana when it is.
IDEMPOTENT: Final = True
# For list operations: where the items are ("data": `{"data": [...]}`, "root": a bare
# array) and how pages are requested ("query": page/limit parameters, "body": the
# request body's filter); None when the operation does not list or does not page.
LIST_ITEMS: Final[str | None] = "data"
PAGINATION: Final[str | None] = "query"
# Sent with every request as the httpx extension "katana_operation", so that the layers
# below (retries, rate limiting, logging) know which operation a request is and whether
# it may be repeated, without a list of operations in handwritten code.
OPERATION: Final[Mapping[str, Any]] = MappingProxyType(
    {
        "id": OPERATION_ID,
        "method": METHOD,
        "path": PATH,
        "idempotent": IDEMPOTENT,
        "list_items": LIST_ITEMS,
        "pagination": PAGINATION,
    }
)


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    variant_id: list[int] | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    extend: list[GetAllInventoryPointExtendItem] | Unset = UNSET,
) -> dict[str, Any]:
    kwargs: dict[str, Any] = {
        "method": METHOD,
        "extensions": {"katana_operation": OPERATION},
        "url": PATH,
    }
    kwargs["params"] = query_params(
        {
            "page": page,
            "limit": limit,
            "variant_id": variant_id,
            "location_id": location_id,
            "include_archived": include_archived,
            "extend": extend,
        }
    )
    return kwargs


def _parse(data: Any) -> InventoryList:
    result: InventoryList = InventoryList._from_owned(data) if data.__class__ is dict else data
    return result


async def asyncio_detailed(
    *,
    client: SupportsAsyncHTTPX,
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
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        variant_id: Query parameter `variant_id`.
        location_id: Query parameter `location_id`.
        include_archived: Query parameter `include_archived`.
        extend: Query parameter `extend`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The status, headers, raw body and parsed body (None when the body is empty).
    """

    kwargs = _get_kwargs(
        page=page,
        limit=limit,
        variant_id=variant_id,
        location_id=location_id,
        include_archived=include_archived,
        extend=extend,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse)


async def asyncio(
    *,
    client: SupportsAsyncHTTPX,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    variant_id: list[int] | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_archived: bool | Unset = UNSET,
    extend: list[GetAllInventoryPointExtendItem] | Unset = UNSET,
) -> InventoryList | None:
    """List current inventory

    Returns a list for current inventory. The inventory is returned in sorted order,
    with the oldest locations appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        variant_id: Query parameter `variant_id`.
        location_id: Query parameter `location_id`.
        include_archived: Query parameter `include_archived`.
        extend: Query parameter `extend`.

    Raises:
        KatanaAPIError: Katana answered with a status other than 2xx.
        KatanaJSONDepthError: The 2xx body nests deeper than `MAX_JSON_DEPTH` (128) levels.
        httpx.HTTPError: The request failed before a response arrived (e.g. a timeout).

    Returns:
        The parsed body, or None when Katana sent an empty body.
    """

    response = await asyncio_detailed(
        client=client,
        page=page,
        limit=limit,
        variant_id=variant_id,
        location_id=location_id,
        include_archived=include_archived,
        extend=extend,
    )
    return response.parsed
