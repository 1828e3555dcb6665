"""List all purchase order accounting metadata: `GET /purchase_order_accounting_metadata` (generated; do not edit)."""

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

from ...models.purchase_order_accounting_metadata_list import PurchaseOrderAccountingMetadataList

OPERATION_ID: Final = "getAllPurchaseOrderAccountingMetadata"
METHOD: Final = "GET"
PATH: Final = "/purchase_order_accounting_metadata"
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
    purchase_order_id: int | Unset = UNSET,
    received_items_group_id: int | Unset = UNSET,
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
            "purchase_order_id": purchase_order_id,
            "received_items_group_id": received_items_group_id,
        }
    )
    return kwargs


def _parse(data: Any) -> PurchaseOrderAccountingMetadataList:
    result: PurchaseOrderAccountingMetadataList = (
        PurchaseOrderAccountingMetadataList._from_owned(data) if data.__class__ is dict else data
    )
    return result


async def asyncio_detailed(
    *,
    client: SupportsAsyncHTTPX,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    received_items_group_id: int | Unset = UNSET,
) -> Response[PurchaseOrderAccountingMetadataList]:
    """List all purchase order accounting metadata

    Returns a list of purchase order accounting metadata entries.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        purchase_order_id: Query parameter `purchase_order_id`.
        received_items_group_id: Query parameter `received_items_group_id`.

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
        purchase_order_id=purchase_order_id,
        received_items_group_id=received_items_group_id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return build_response(response, _parse)


async def asyncio(
    *,
    client: SupportsAsyncHTTPX,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    received_items_group_id: int | Unset = UNSET,
) -> PurchaseOrderAccountingMetadataList | None:
    """List all purchase order accounting metadata

    Returns a list of purchase order accounting metadata entries.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        purchase_order_id: Query parameter `purchase_order_id`.
        received_items_group_id: Query parameter `received_items_group_id`.

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
        purchase_order_id=purchase_order_id,
        received_items_group_id=received_items_group_id,
    )
    return response.parsed
