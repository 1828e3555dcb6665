"""List all purchase order accounting metadata: `GET /purchase_order_accounting_metadata` (generated; do not edit)."""

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

from ...models.purchase_order_accounting_metadata_list import PurchaseOrderAccountingMetadataList

OPERATION: Final[Operation[PurchaseOrderAccountingMetadataList]] = Operation(
    id="getAllPurchaseOrderAccountingMetadata",
    method="GET",
    path="/purchase_order_accounting_metadata",
    idempotent=True,
    list_items="data",
    pagination="query",
    parse=model_of(PurchaseOrderAccountingMetadataList),
)


@OPERATION.endpoint
async def asyncio_detailed(
    client: SupportsAsyncHTTPX,
    *,
    page: int | Unset = UNSET,
    limit: int | Unset = UNSET,
    purchase_order_id: int | Unset = UNSET,
    received_items_group_id: int | Unset = UNSET,
) -> Response[PurchaseOrderAccountingMetadataList]:
    """List all purchase order accounting metadata

    Returns a list of purchase order accounting metadata entries.

    Args:
        client: A `KatanaClient` or any object with `get_async_httpx_client()`.
        page: Page number, starting at 1.
        limit: Number of records per page (default 50). Katana states no maximum; integrators report
            250 as the cap in practice.
        purchase_order_id: Filters purchase order accounting metadata by purchase order id
        received_items_group_id: Filters purchase order accounting metadata by received items group id

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
