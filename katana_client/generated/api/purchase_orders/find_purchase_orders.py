"""List all purchase orders: `GET /purchase_orders` (generated; do not edit)."""

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

from ...models.find_purchase_orders_billing_status import FindPurchaseOrdersBillingStatus
from ...models.find_purchase_orders_entity_type import FindPurchaseOrdersEntityType
from ...models.find_purchase_orders_extend_item import FindPurchaseOrdersExtendItem
from ...models.find_purchase_orders_last_document_status import FindPurchaseOrdersLastDocumentStatus
from ...models.find_purchase_orders_status import FindPurchaseOrdersStatus
from ...models.purchase_order_list import PurchaseOrderList

OPERATION_ID: Final = "findPurchaseOrders"
METHOD: Final = "GET"
PATH: Final = "/purchase_orders"
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
    ids: list[int] | Unset = UNSET,
    status: FindPurchaseOrdersStatus | Unset = UNSET,
    order_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    billing_status: FindPurchaseOrdersBillingStatus | Unset = UNSET,
    last_document_status: FindPurchaseOrdersLastDocumentStatus | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    entity_type: FindPurchaseOrdersEntityType | Unset = UNSET,
    tracking_location_id: int | Unset = UNSET,
    extend: list[FindPurchaseOrdersExtendItem] | Unset = UNSET,
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
            "ids": ids,
            "status": status,
            "order_no": order_no,
            "currency": currency,
            "billing_status": billing_status,
            "last_document_status": last_document_status,
            "supplier_id": supplier_id,
            "location_id": location_id,
            "include_deleted": include_deleted,
            "entity_type": entity_type,
            "tracking_location_id": tracking_location_id,
            "extend": extend,
        }
    )
    return kwargs


def _parse(data: Any) -> PurchaseOrderList:
    result: PurchaseOrderList = (
        PurchaseOrderList._from_owned(data) if data.__class__ is dict else data
    )
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
    ids: list[int] | Unset = UNSET,
    status: FindPurchaseOrdersStatus | Unset = UNSET,
    order_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    billing_status: FindPurchaseOrdersBillingStatus | Unset = UNSET,
    last_document_status: FindPurchaseOrdersLastDocumentStatus | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    entity_type: FindPurchaseOrdersEntityType | Unset = UNSET,
    tracking_location_id: int | Unset = UNSET,
    extend: list[FindPurchaseOrdersExtendItem] | Unset = UNSET,
) -> Response[PurchaseOrderList]:
    """List all purchase orders

    Returns a list of purchase orders you’ve previously created. The purchase orders are
    returned in sorted
    order, with the most recent purchase orders appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        status: Query parameter `status`.
        order_no: Query parameter `order_no`.
        currency: Query parameter `currency`.
        billing_status: Query parameter `billing_status`.
        last_document_status: Query parameter `last_document_status`.
        supplier_id: Query parameter `supplier_id`.
        location_id: Query parameter `location_id`.
        include_deleted: Query parameter `include_deleted`.
        entity_type: Query parameter `entity_type`.
        tracking_location_id: Query parameter `tracking_location_id`.
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
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        updated_at_min=updated_at_min,
        updated_at_max=updated_at_max,
        ids=ids,
        status=status,
        order_no=order_no,
        currency=currency,
        billing_status=billing_status,
        last_document_status=last_document_status,
        supplier_id=supplier_id,
        location_id=location_id,
        include_deleted=include_deleted,
        entity_type=entity_type,
        tracking_location_id=tracking_location_id,
        extend=extend,
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
    ids: list[int] | Unset = UNSET,
    status: FindPurchaseOrdersStatus | Unset = UNSET,
    order_no: str | Unset = UNSET,
    currency: str | Unset = UNSET,
    billing_status: FindPurchaseOrdersBillingStatus | Unset = UNSET,
    last_document_status: FindPurchaseOrdersLastDocumentStatus | Unset = UNSET,
    supplier_id: int | Unset = UNSET,
    location_id: int | Unset = UNSET,
    include_deleted: bool | Unset = UNSET,
    entity_type: FindPurchaseOrdersEntityType | Unset = UNSET,
    tracking_location_id: int | Unset = UNSET,
    extend: list[FindPurchaseOrdersExtendItem] | Unset = UNSET,
) -> PurchaseOrderList | None:
    """List all purchase orders

    Returns a list of purchase orders you’ve previously created. The purchase orders are
    returned in sorted
    order, with the most recent purchase orders appearing first.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Query parameter `page`.
        limit: Query parameter `limit`.
        created_at_min: Query parameter `created_at_min`.
        created_at_max: Query parameter `created_at_max`.
        updated_at_min: Query parameter `updated_at_min`.
        updated_at_max: Query parameter `updated_at_max`.
        ids: Query parameter `ids`.
        status: Query parameter `status`.
        order_no: Query parameter `order_no`.
        currency: Query parameter `currency`.
        billing_status: Query parameter `billing_status`.
        last_document_status: Query parameter `last_document_status`.
        supplier_id: Query parameter `supplier_id`.
        location_id: Query parameter `location_id`.
        include_deleted: Query parameter `include_deleted`.
        entity_type: Query parameter `entity_type`.
        tracking_location_id: Query parameter `tracking_location_id`.
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
        created_at_min=created_at_min,
        created_at_max=created_at_max,
        updated_at_min=updated_at_min,
        updated_at_max=updated_at_max,
        ids=ids,
        status=status,
        order_no=order_no,
        currency=currency,
        billing_status=billing_status,
        last_document_status=last_document_status,
        supplier_id=supplier_id,
        location_id=location_id,
        include_deleted=include_deleted,
        entity_type=entity_type,
        tracking_location_id=tracking_location_id,
        extend=extend,
    )
    return response.parsed
