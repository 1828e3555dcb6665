"""List all BOM rows: `GET /bom_rows` (generated; do not edit)."""

from __future__ import annotations

import datetime
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

from ...models.bom_row_list import BomRowList

OPERATION_ID: Final = "getAllBomRows"
METHOD: Final = "GET"
PATH: Final = "/bom_rows"
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
    created_at_min: datetime.datetime | Unset = UNSET,
    created_at_max: datetime.datetime | Unset = UNSET,
    updated_at_min: datetime.datetime | Unset = UNSET,
    updated_at_max: datetime.datetime | Unset = UNSET,
    id: str | Unset = UNSET,
    product_variant_id: int | Unset = UNSET,
    product_item_id: int | Unset = UNSET,
    ingredient_variant_id: int | Unset = UNSET,
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
            "created_at_min": created_at_min,
            "created_at_max": created_at_max,
            "updated_at_min": updated_at_min,
            "updated_at_max": updated_at_max,
            "id": id,
            "product_variant_id": product_variant_id,
            "product_item_id": product_item_id,
            "ingredient_variant_id": ingredient_variant_id,
        }
    )
    return kwargs


def _parse(data: Any) -> BomRowList:
    result: BomRowList = BomRowList._from_owned(data) if data.__class__ is dict else data
    return result


async def asyncio_detailed(
    *,
    client: SupportsAsyncHTTPX,
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
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        id: Query parameter `id`.
        product_variant_id: Query parameter `product_variant_id`.
        product_item_id: Query parameter `product_item_id`.
        ingredient_variant_id: Query parameter `ingredient_variant_id`.

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
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        updated_at_min=updated_at_min,
        updated_at_max=updated_at_max,
        id=id,
        product_variant_id=product_variant_id,
        product_item_id=product_item_id,
        ingredient_variant_id=ingredient_variant_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse)


async def asyncio(
    *,
    client: SupportsAsyncHTTPX,
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
) -> BomRowList | None:
    """List all BOM rows

    Returns a list of BOM (Bill of Materials) rows you've previously created.
    Product variant BOM consists of ingredient variants and their quantities.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        id: Query parameter `id`.
        product_variant_id: Query parameter `product_variant_id`.
        product_item_id: Query parameter `product_item_id`.
        ingredient_variant_id: Query parameter `ingredient_variant_id`.

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
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        updated_at_min=updated_at_min,
        updated_at_max=updated_at_max,
        id=id,
        product_variant_id=product_variant_id,
        product_item_id=product_item_id,
        ingredient_variant_id=ingredient_variant_id,
    )
    return response.parsed
