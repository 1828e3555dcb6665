"""List all purchase orders: `GET /purchase_orders` (generated; do not edit)."""

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

from ...models.find_purchase_orders_billing_status import FindPurchaseOrdersBillingStatus
from ...models.find_purchase_orders_entity_type import FindPurchaseOrdersEntityType
from ...models.find_purchase_orders_extend_item import FindPurchaseOrdersExtendItem
from ...models.find_purchase_orders_last_document_status import FindPurchaseOrdersLastDocumentStatus
from ...models.find_purchase_orders_status import FindPurchaseOrdersStatus
from ...models.purchase_order_list import PurchaseOrderList

OPERATION: Final[Operation[PurchaseOrderList]] = Operation(
    id="findPurchaseOrders",
    method="GET",
    path="/purchase_orders",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(PurchaseOrderList),
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
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        created_at_min: Only records with `created_at` at or after this time (ISO 8601).
        created_at_max: Only records with `created_at` at or before this time (ISO 8601).
        updated_at_min: Only records with `updated_at` at or after this time (ISO 8601).
        updated_at_max: Only records with `updated_at` at or before this time (ISO 8601).
        ids: Filters purchase orders by an array of IDs
        status: Filters purchase orders by a status
        order_no: Filters purchase orders by an order number
        currency: Filters purchase orders by a currency
        billing_status: Filters purchase orders by a billing status
        last_document_status: Query parameter `last_document_status`.
        supplier_id: Filters purchase orders by a supplier
        location_id: Filters purchase orders by a location
        include_deleted: Soft-deleted data is excluded from result set by default. Set to true to include it.
        entity_type: Filters purchase orders by an entity type
        tracking_location_id: Filters purchase orders by a tracking location
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
